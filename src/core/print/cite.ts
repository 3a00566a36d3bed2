import { articleLabel, numberToChinese } from '../law/numerals'
import type { ArticleRef } from '../law/types'

function label(ref: ArticleRef): string {
  let s = articleLabel(ref.article)
  if (ref.paragraph) s += `第${numberToChinese(ref.paragraph)}款`
  if (ref.item) s += `第${numberToChinese(ref.item)}项`
  return s
}

/** 「民法典第一百八十八条」 → 「《民法典》第一百八十八条」; a bare law name gets its brackets. */
function externalCitation(text: string): string {
  const m = /^《?([^《》第]+?)》?(第.+)?$/.exec(text.trim())
  return m ? `《${m[1]}》${m[2] ?? ''}` : text
}

/**
 * Citations for print, every one naming its law, grouped by law in first-seen order:
 * 「《行政复议法》第二十条第一款、第二十三条；《信访工作条例》第三十一条第四项」. Duplicates go.
 */
export function printCitations(refs: readonly ArticleRef[], external: readonly string[] = []): string {
  const byLaw = new Map<string, ArticleRef[]>()
  for (const r of refs) byLaw.set(r.law, [...(byLaw.get(r.law) ?? []), r])
  const parts = [...byLaw].map(([law, list]) => {
    // A whole article that is also cited by paragraph or item is named once, by the narrower cite.
    const kept = list.filter((r) => r.paragraph || r.item || !list.some((o) => o.article === r.article && (o.paragraph || o.item)))
    kept.sort((a, b) => a.article - b.article || (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.item ?? 0) - (b.item ?? 0))
    const labels = [...new Set(kept.map(label))]
    return `《${law}》${labels.join('、')}`
  })
  for (const e of external) {
    const c = externalCitation(e)
    if (!parts.includes(c) && !parts.some((p) => p.startsWith(c))) parts.push(c)
  }
  return parts.join('；')
}
