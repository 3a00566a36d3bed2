import type { ArticleRef } from '../../../src/core/law/types'
import type { SearchResult } from '../../../src/core/search/types'
import { search } from '../../../src/core/search/engine'
import { getSearchIndex } from '../../../src/search/corpus'

export const index = () => getSearchIndex()

/** Does any of the top `k` results cite (or be) one of the accepted articles? */
export function hitAt(results: SearchResult[], accept: ArticleRef[], k: number): boolean {
  return results.slice(0, k).some((r) => r.refs.some((ref) => accept.some((a) => a.law === ref.law && a.article === ref.article)))
}

export function top(query: string, limit = 10): SearchResult[] {
  return search(index(), query, { limit })
}

export const xf = (article: number): ArticleRef => ({ law: '信访工作条例', article })
