/** Checks shared by the content tests (explainers, interpretations, FAQ, guide). */
import { chineseToNumber } from '../../../src/core/law/numerals'

const PROHIBITED = /围堵|冲击|拦截公务车辆|堵塞|阻断交通|非法聚集|管制器具|危险物品|殴打|煽动|串联|敛财/
export const SIXTY_DAYS = /(60|六十)\s*[日天]/

/** Numbering slips typical of 2005-era material; `cited` are the article numbers the text stands on. */
export function numberingProblems(text: string, cited: number[]): string[] {
  const problems: string[] = []
  if (PROHIBITED.test(text) && !cited.includes(26)) problems.push('prohibited acts must cite 第二十六条')
  if (SIXTY_DAYS.test(text) && text.includes('办结') && !cited.includes(34)) problems.push('60-day limit must cite 第三十四条')
  for (const m of text.matchAll(/第([一二三四五六七八九十百]+)条/g)) {
    const n = chineseToNumber(m[1])
    if (!cited.includes(n)) problems.push(`mentions ${m[0]} without citing it`)
  }
  return problems
}
