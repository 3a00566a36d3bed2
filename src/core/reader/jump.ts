import { articleLabel, chineseToNumber, numberToChinese } from '../law/numerals'
import { halfWidth } from '../text/width'

export type JumpResult = { ok: true; article: number } | { ok: false; error: string }

const EXAMPLE = '例如 35、第35条 或 第三十五条'

/** Full-width digits (３５) and spaces as people type them on a phone keyboard. */
function tidy(input: string): string {
  return halfWidth(input).replace(/\s+/g, '')
}

/** 「三十五」→ 35, but only when it is written the way numbers are written (「三五」 is rejected). */
function fromChinese(text: string): number {
  const n = chineseToNumber(text)
  if (!Number.isInteger(n) || n >= 10000) return NaN
  const canonical = numberToChinese(n)
  const variants = [canonical, canonical.replace(/二/g, '两')]
  if (n >= 10 && n < 20) variants.push('一' + canonical)
  return variants.includes(text) ? n : NaN
}

/**
 * Reads what a citizen typed into the jump box: 「35」「第35条」「第三十五条」「三十五」「35条」.
 * `count` is the number of articles of the law being read; the error is a plain Chinese sentence.
 */
export function parseArticleInput(input: string, count: number, lawName = '本法'): JumpResult {
  const text = tidy(input)
  if (!text) return { ok: false, error: `请输入条文序号，${EXAMPLE}。` }
  const m = /^第?([0-9]+|[零〇一二两三四五六七八九十百千]+)条?$/.exec(text)
  const n = m ? (/^[0-9]+$/.test(m[1]) ? Number(m[1]) : fromChinese(m[1])) : NaN
  if (!Number.isInteger(n)) return { ok: false, error: `看不懂「${input.trim()}」。请输入条文序号，${EXAMPLE}。` }
  if (n < 1) return { ok: false, error: `没有第${n}条。${lawName}从第一条开始，请输入1到${count}之间的数字。` }
  if (n > count) {
    const label = n < 10000 ? articleLabel(n) : `第${n}条`
    return { ok: false, error: `${lawName}共${count}条，没有${label}。请输入1到${count}之间的数字。` }
  }
  return { ok: true, article: n }
}
