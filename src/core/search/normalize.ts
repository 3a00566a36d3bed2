/**
 * Text normalisation for search. Every function here keeps the text length unchanged
 * (one UTF-16 unit in, one out), so offsets found in normalised text are offsets in the original.
 */

/** Full-width ASCII (U+FF01–U+FF5E) → half-width, ideographic space → space, lower-case. */
export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  else if (code === 0x3000) return 0x20
  if (code >= 0x41 && code <= 0x5a) return code + 32
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

const DIGIT_NAMES = '零一二三四五六七八九'

/** 35 → 「三十五」, 103 → 「一百零三」 (numbers below 1000, as the laws write them). */
export function smallNumberToChinese(n: number): string {
  if (n < 10) return DIGIT_NAMES[n]
  if (n < 20) return '十' + (n % 10 ? DIGIT_NAMES[n % 10] : '')
  if (n < 100) return DIGIT_NAMES[Math.floor(n / 10)] + '十' + (n % 10 ? DIGIT_NAMES[n % 10] : '')
  const h = Math.floor(n / 100)
  const rest = n % 100
  if (!rest) return DIGIT_NAMES[h] + '百'
  if (rest < 10) return DIGIT_NAMES[h] + '百零' + DIGIT_NAMES[rest]
  return DIGIT_NAMES[h] + '百' + (rest < 20 ? '一' : '') + smallNumberToChinese(rest)
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 「三十五」→ 35, 「一百零三」→ 103, 「35」→ 35; NaN otherwise. */
export function parseNumber(text: string): number {
  if (/^[0-9]+$/.test(text)) return parseInt(text, 10)
  let total = 0
  let digit = 0
  let seen = false
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]
      seen = true
    } else if (ch === '十' || ch === '百') {
      total += (seen ? digit : 1) * (ch === '十' ? 10 : 100)
      digit = 0
      seen = false
    } else return NaN
  }
  return text ? total + digit : NaN
}
