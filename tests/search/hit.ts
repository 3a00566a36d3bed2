import type { ArticleRef } from '../../src/core/law/types'
import { searchAnswer, type SearchIndex } from '../../src/core/search/engine'
import type { SearchOptions, SearchResult } from '../../src/core/search/types'
import type { EvalQuery } from './eval-queries'

/**
 * The results a citizen sees: when the best match is too weak to trust (`SearchAnswer.confident`),
 * the 问答 page shows 「没找到合适的答案」 and no result, so for scoring that query found nothing.
 */
export function shownResults(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const answer = searchAnswer(index, query, options)
  return answer.confident ? answer.results : []
}

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

/**
 * The titleHas words of a question that match the title of a document already in the corpus
 * although nobody has judged that document to answer (its id is not in `ids`), as 「word」 in id.
 * A titleHas word stands for an answer the content may add later; once a document carrying the
 * word exists, it counts as a hit only after someone has read it and put its id in `ids`, so a
 * title that merely shares the word (「社保」 in a Q&A on 低保 stopped by the government, for a
 * question about an employer not paying 社保) is never counted.
 */
export function unjudgedTitleMatches(
  q: Pick<EvalQuery, 'ids' | 'titleHas'>,
  docs: readonly Pick<HitCandidate, 'id' | 'title'>[]
): string[] {
  return (q.titleHas ?? []).flatMap((w) =>
    docs.filter((d) => d.title.includes(w) && !(q.ids ?? []).includes(d.id)).map((d) => `「${w}」 in ${d.id}`)
  )
}

/**
 * The documents among `docs` that cite one of a question's `accept` articles although nobody has
 * judged them to answer (their id is not in `ids`), as 行政复议法第20条 in id. An accept article
 * counts every document that cites it, so it may stay only while each such document answers; pass
 * the documents added after the question was written, so that each of them is read and either named
 * in `ids` (it answers) or the article is replaced by the ids of the documents that answered before.
 */
export function unjudgedAcceptCiters(
  q: Pick<EvalQuery, 'accept' | 'ids'>,
  docs: readonly Pick<HitCandidate, 'id' | 'refs'>[]
): string[] {
  return q.accept.flatMap((a) =>
    docs
      .filter((d) => d.refs.some((r) => r.law === a.law && r.article === a.article) && !(q.ids ?? []).includes(d.id))
      .map((d) => `${a.law}第${a.article}条 in ${d.id}`)
  )
}
