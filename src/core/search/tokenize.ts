import { isCjk, isDigit, isLatin, normalize, smallNumberToChinese } from './normalize'

export type SegmentKind = 'cjk' | 'latin' | 'digit'

export interface Segment {
  kind: SegmentKind
  text: string
}

/**
 * Splits normalised text into runs of CJK ideographs, latin letters and digits.
 * Digit runs below 1000 are rewritten as Chinese numerals and joined to the neighbouring CJK run
 * (「15日内」 and 「十五日内」 tokenise alike); longer digit runs (years, 12345) stay digit tokens.
 */
export function segments(text: string): Segment[] {
  const norm = normalize(text)
  const out: Segment[] = []
  let i = 0
  let cjk = ''
  const flush = () => {
    if (cjk) out.push({ kind: 'cjk', text: cjk })
    cjk = ''
  }
  while (i < norm.length) {
    const c = norm.charCodeAt(i)
    if (isCjk(c)) {
      cjk += norm[i++]
    } else if (isDigit(c)) {
      let j = i
      while (j < norm.length && isDigit(norm.charCodeAt(j))) j++
      const digits = norm.slice(i, j)
      const n = parseInt(digits, 10)
      if (digits.length <= 3) cjk += smallNumberToChinese(n)
      else {
        flush()
        out.push({ kind: 'digit', text: digits })
      }
      i = j
    } else if (isLatin(c)) {
      flush()
      let j = i
      while (j < norm.length && isLatin(norm.charCodeAt(j))) j++
      out.push({ kind: 'latin', text: norm.slice(i, j) })
      i = j
    } else {
      flush()
      i++
    }
  }
  flush()
  return out
}

/** CJK unigrams and bigrams of a run, in order: 「信访人」→ 信 信访 访 访人 人. */
export function cjkTerms(run: string, into: string[] = []): string[] {
  for (let i = 0; i < run.length; i++) {
    into.push(run[i])
    if (i + 1 < run.length) into.push(run.slice(i, i + 2))
  }
  return into
}

/** Index terms of a text: CJK unigrams + bigrams, latin words, long digit runs. */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const seg of segments(text)) {
    if (seg.kind === 'cjk') cjkTerms(seg.text, out)
    else out.push(seg.text)
  }
  return out
}

/** Number of index positions a text occupies (its CJK characters plus words): the BM25 length. */
export function termLength(text: string): number {
  let n = 0
  for (const seg of segments(text)) n += seg.kind === 'cjk' ? seg.text.length : 1
  return n
}
