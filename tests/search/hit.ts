import type { ArticleRef } from '../../src/core/law/types'
import type { EvalQuery } from './eval-queries'

/** What a result needs for the hit test: its id, title and the articles it rests on. */
export interface HitCandidate {
  id: string
  title: string
  refs: readonly ArticleRef[]
}

/**
 * Does this result answer the query? It cites (or is) an accepted article, or it is one of the
 * accepted documents (FAQ / channel ids), or its title names one of the accepted words.
 */
export function answers(doc: HitCandidate, q: Pick<EvalQuery, 'accept' | 'ids' | 'titleHas'>): boolean {
  if (doc.refs.some((r) => q.accept.some((a) => a.law === r.law && a.article === r.article))) return true
  if (q.ids?.includes(doc.id)) return true
  return !!q.titleHas?.some((w) => doc.title.includes(w))
}
