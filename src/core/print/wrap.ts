import type { FontWeight, Measure } from './types'

/** Characters that may not begin a line (Chinese 避头点) and may not end one (避尾点). */
const NO_START = new Set('，。、；：？！）》」』”’〕】…—·,.;:?!)%'.split(''))
const NO_END = new Set('（《「『“‘〔【('.split(''))

/** Breakable units: one CJK character, or a run of Latin letters/digits kept together. */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9.+\-/%@:_]+|\s+|./gu) ?? []
}

/**
 * Breaks text into lines no wider than `maxWidth` mm, the Chinese way: any character may end a
 * line except opening brackets, no line starts with closing punctuation, and numbers or Latin
 * words are never split. A single unit wider than the line stands alone. `maxWidth` may vary by
 * line (text flowing beside a QR code, then under it).
 */
export function wrapText(text: string, maxWidth: number | ((line: number) => number), sizePt: number, weight: FontWeight, measure: Measure): string[] {
  const lines: string[] = []
  const widthOf = typeof maxWidth === 'number' ? () => maxWidth : maxWidth
  for (const para of text.split('\n')) {
    // Widths add up unit by unit (the fonts we print with have no kerning between these units).
    let line: string[] = []
    let lineWidth = 0
    for (const u of units(para)) {
      if (line.length === 0 && /^\s+$/.test(u)) continue
      const uw = measure(u, sizePt, weight)
      if (line.length === 0 || lineWidth + uw <= widthOf(lines.length)) {
        line.push(u)
        lineWidth += uw
        continue
      }
      // Overflow: carry units to the next line so that it does not start with closing punctuation
      // and this one does not end with an opening bracket.
      const carry: string[] = [u]
      while (line.length > 1 && (NO_START.has(carry[0][0]) || NO_END.has(line[line.length - 1]))) carry.unshift(line.pop() as string)
      lines.push(line.join('').trimEnd())
      line = carry[0] && /^\s+$/.test(carry[0]) ? carry.slice(1) : carry
      lineWidth = measure(line.join(''), sizePt, weight)
    }
    if (line.length) lines.push(line.join('').trimEnd())
  }
  return lines
}
