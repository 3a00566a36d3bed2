/**
 * A fixed list of words (fillers, question frames, cue words…), grouped by first character, so that
 * which of them a query holds is learnt in one pass over the query rather than one scan of the query
 * per word: the tables hold dozens to hundreds of words, and this runs on every keystroke.
 */
export class WordFinder {
  /** First UTF-16 unit → positions in `words` of the words starting with it. */
  private readonly byFirst = new Map<number, number[]>()
  /** Positions of empty words (an empty string occurs in every text). */
  private readonly empty: number[] = []

  constructor(readonly words: readonly string[]) {
    words.forEach((w, k) => {
      if (!w) {
        this.empty.push(k)
        return
      }
      const list = this.byFirst.get(w.charCodeAt(0))
      if (list) list.push(k)
      else this.byFirst.set(w.charCodeAt(0), [k])
    })
  }

  /** `present[k]` is 1 when `words[k]` occurs in `text` (as `text.includes(words[k])` would say). */
  present(text: string): Uint8Array {
    const present = new Uint8Array(this.words.length)
    for (const k of this.empty) present[k] = 1
    for (let i = 0; i < text.length; i++) {
      const candidates = this.byFirst.get(text.charCodeAt(i))
      if (!candidates) continue
      for (const k of candidates) if (!present[k] && text.startsWith(this.words[k], i)) present[k] = 1
    }
    return present
  }

  /** Does `text` hold any of the words? */
  some(text: string): boolean {
    if (this.empty.length) return true
    for (let i = 0; i < text.length; i++) {
      const candidates = this.byFirst.get(text.charCodeAt(i))
      if (candidates?.some((k) => text.startsWith(this.words[k], i))) return true
    }
    return false
  }
}
