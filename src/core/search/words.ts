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

  /** Positions in `words` of the words that occur in `text` (as `text.includes` would say), in the list's order. */
  found(text: string): number[] {
    const found = [...this.empty]
    for (let i = 0; i < text.length; i++) {
      const candidates = this.byFirst.get(text.charCodeAt(i))
      if (!candidates) continue
      for (const k of candidates) if (!found.includes(k) && text.startsWith(this.words[k], i)) found.push(k)
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found
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
