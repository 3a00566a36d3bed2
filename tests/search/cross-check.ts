import { buildSearchIndexData, contentTables, OFF_TOPIC_TUNING } from '../../scripts/build-search-index'
import { XINFANG_2005_TO_2022 } from '../../src/content/laws/concordance-2005'
import { createSearchIndex, searchAnswer } from '../../src/core/search/engine'
import type { SearchDoc } from '../../src/core/search/types'
import { EVAL_QUERIES, type EvalQuery } from './eval-queries'
import { answers, shownResults } from './hit'

/**
 * The index learns words from the tuning set's questions, so scores on the tuning set are in-sample
 * twice over. Here each of `folds` parts of the set (every `folds`-th question) is scored on an index
 * that learnt only from the other parts: what learning carries to questions it has not seen (the
 * hand-written rules were still written with all of them in view). Used by the bench and a test.
 */
export function crossChecked(
  docs: SearchDoc[],
  questions: readonly EvalQuery[] = EVAL_QUERIES,
  folds = 6,
  /** What the index learns from, instead of the other parts (`[]`: nothing, for comparison). */
  learnFrom?: readonly EvalQuery[]
): { hit1: number; hit3: number } {
  let hit1 = 0
  let hit3 = 0
  const tables = contentTables(docs)
  const byId = new Map(docs.map((d) => [d.id, d]))
  for (let k = 0; k < folds; k++) {
    const train = learnFrom ?? questions.filter((_, i) => i % folds !== k)
    const index = createSearchIndex(buildSearchIndexData(train, docs, tables), docs, { concordance2005: XINFANG_2005_TO_2022 })
    for (const q of questions.filter((_, i) => i % folds === k)) {
      const top = shownResults(index, q.query, { limit: 3, noSnippets: true }).map((r) => byId.get(r.id)!)
      if (top.slice(0, 1).some((d) => answers(d, q))) hit1++
      if (top.some((d) => answers(d, q))) hit3++
    }
  }
  return { hit1: hit1 / questions.length, hit3: hit3 / questions.length }
}

/**
 * The off-topic tuning queries the same way: each sixth on an index that learnt from the other five
 * (and from the whole tuning set), so the count says what learning carries to queries it has not
 * seen. How many got an answer anyway (lower is better).
 */
export function offTopicCrossChecked(docs: SearchDoc[], offTopic: readonly string[] = OFF_TOPIC_TUNING, folds = 6): number {
  const tables = contentTables(docs)
  let answered = 0
  for (let k = 0; k < folds; k++) {
    const train = offTopic.filter((_, i) => i % folds !== k)
    const index = createSearchIndex(buildSearchIndexData(EVAL_QUERIES, docs, tables, train), docs, { concordance2005: XINFANG_2005_TO_2022 })
    for (const q of offTopic.filter((_, i) => i % folds === k)) if (searchAnswer(index, q, { noSnippets: true }).confident) answered++
  }
  return answered
}
