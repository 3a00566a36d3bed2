/**
 * Text normalisation for search. Every function here keeps the text length unchanged
 * (one UTF-16 unit in, one out), so offsets found in normalised text are offsets in the original.
 */
import { chineseToNumber, numberToChinese } from '../law/numerals'
import { halfWidthCode } from '../text/width'

/** Pinyin's toned vowels as input methods type them (「xìnfǎng」), and the plain letter each stands for (ü → v, as in 「lvshi」). */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹ'
const UNTONED = 'aaaaeeeeiiiioooouuuuvvvvvennn'

/** Full-width ASCII (U+FF01–U+FF5E) → half-width, ideographic space → space, lower-case, pinyin tone marks dropped. */
export function foldChar(code: number): number {
  code = halfWidthCode(code)
  if (code >= 0x41 && code <= 0x5a) return code + 32
  if (code >= 0xe0 && code <= 0x1dc) {
    const i = TONED.indexOf(String.fromCharCode(code))
    if (i >= 0) return UNTONED.charCodeAt(i)
  }
  return code
}

/** CJK unified ideographs (basic block and extension A) and compatibility ideographs. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

export function isLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/**
 * Full-width → half-width, lower-case, and every character that is not a CJK ideograph,
 * a latin letter or a digit (punctuation, spaces, symbols) → a single space. Same length as input.
 */
export function normalize(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = foldChar(text.charCodeAt(i))
    out += isCjk(c) || isLatin(c) || isDigit(c) ? String.fromCharCode(c) : ' '
  }
  return out
}

/** `normalize`, then runs of spaces collapsed and trimmed (for display of the query, cache keys). */
export function normalizeQuery(text: string): string {
  return normalize(text).replace(/ +/g, ' ').trim()
}

/** 35 → 「三十五」, 103 → 「一百零三」 (as the laws write numbers). */
export const smallNumberToChinese = numberToChinese

/** 「三十五」→ 35, 「一百零三」→ 103, 「35」→ 35; NaN otherwise. */
export function parseNumber(text: string): number {
  return /^[0-9]+$/.test(text) ? parseInt(text, 10) : chineseToNumber(text)
}
