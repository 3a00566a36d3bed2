import { articlePart } from '../law/citations'
import type { ArticleRef } from '../law/types'

/**
 * Citations for print, every one naming its law, grouped by law in first-seen order:
 * 「《行政复议法》第二十条第一款、第二十三条；《信访工作条例》第三十一条第四项」. Duplicates go.
 */
export function printCitations(refs: readonly ArticleRef[]): string {
  const byLaw = new Map<string, ArticleRef[]>()
  for (const r of refs) byLaw.set(r.law, [...(byLaw.get(r.law) ?? []), r])
  return [...byLaw]
    .map(([law, list]) => {
      // A whole article that is also cited by paragraph or item is named once, by the narrower cite.
      const kept = list.filter((r) => r.paragraph || r.item || !list.some((o) => o.article === r.article && (o.paragraph || o.item)))
      kept.sort((a, b) => a.article - b.article || (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.item ?? 0) - (b.item ?? 0))
      return `《${law}》${[...new Set(kept.map(articlePart))].join('、')}`
    })
    .join('；')
}
