import type { ArticleRef } from '../../../src/core/law/types'
import type { SearchResult } from '../../../src/core/search/types'
import { search } from '../../../src/core/search/engine'
import { getSearchIndex } from '../../../src/search/corpus'
import type { EvalQuery } from '../../search/eval-queries'
import { answers } from '../../search/hit'

export const index = () => getSearchIndex()

/** Does any of the top `k` results cite (or be) one of the accepted articles, or is it an accepted document? */
export function hitAt(results: SearchResult[], accept: ArticleRef[] | EvalQuery, k: number): boolean {
  const q = Array.isArray(accept) ? { accept } : accept
  return results.slice(0, k).some((r) => answers(r, q))
}

export function top(query: string, limit = 10): SearchResult[] {
  return search(index(), query, { limit })
}

export const xf = (article: number): ArticleRef => ({ law: '信访工作条例', article })
