const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 「三十五」→ 35, 「一百零三」→ 103; NaN for anything that is not a Chinese numeral below 10000. */
export function chineseToNumber(text: string): number {
  if (!text) return NaN
  let total = 0
  let digit = 0
  let seen = false
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]
      seen = true
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000
      total += (seen ? digit : 1) * unit
      digit = 0
      seen = false
    } else {
      return NaN
    }
  }
  return total + digit
}

const NAMES = '零一二三四五六七八九'.split('')

/** 35 → 「三十五」, 103 → 「一百零三」, 10 → 「十」 (the way article numbers are written). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) throw new RangeError(`unsupported number ${n}`)
  if (n < 10) return NAMES[n]
  if (n < 20) return '十' + (n % 10 ? NAMES[n % 10] : '')
  const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十']]
  let out = ''
  let rest = n
  let pendingZero = false
  for (const [value, name] of units) {
    const d = Math.floor(rest / value)
    rest %= value
    if (d) {
      if (pendingZero) out += '零'
      out += NAMES[d] + name
      pendingZero = false
    } else if (out) {
      pendingZero = true
    }
  }
  if (rest) out += (pendingZero ? '零' : '') + NAMES[rest]
  return out
}

/** 「第三十五条」 for 35. */
export function articleLabel(n: number): string {
  return `第${numberToChinese(n)}条`
}
