/**
 * A finder for a fixed list of words (fillers, question frames, cue words…): the words grouped by
 * first character, so that which of them a query holds is learnt in one pass over the query rather
 * than one scan of the query per word (the tables hold dozens to hundreds; this runs per keystroke).
 * The finder gives the positions in `words` of those `text` holds (as `text.includes` would say), in
 * the list's order. No word may be empty.
 */
export function wordFinder(words: readonly string[]): (text: string) => number[] {
  const byFirst = new Map<number, number[]>()
  words.forEach((w, k) => {
    const list = byFirst.get(w.charCodeAt(0))
    if (list) list.push(k)
    else byFirst.set(w.charCodeAt(0), [k])
  })
  return (text) => {
    const found: number[] = []
    for (let i = 0; i < text.length; i++) {
      for (const k of byFirst.get(text.charCodeAt(i)) ?? []) if (!found.includes(k) && text.startsWith(words[k], i)) found.push(k)
    }
    return found.sort((a, b) => a - b)
  }
}
