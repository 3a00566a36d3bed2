import type { ArticleRef } from './types'
import { sameArticle } from './citations'

/**
 * Entries (Q&A, channels…) that share an article with the given citations, most shared articles
 * first (ties keep the entries' own order), at most `max`. Paragraphs and items are ignored:
 * 第三十五条 and 第三十五条第一款 are the same article.
 */
export function relatedByRefs<T extends { refs: ArticleRef[] }>(refs: readonly ArticleRef[], entries: readonly T[], max = 3): T[] {
  return entries
    .map((entry, index) => ({
      entry,
      index,
      overlap: refs.filter((r, i) => refs.findIndex((o) => sameArticle(o, r)) === i && entry.refs.some((e) => sameArticle(e, r))).length
    }))
    .filter((x) => x.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
    .slice(0, max)
    .map((x) => x.entry)
}
