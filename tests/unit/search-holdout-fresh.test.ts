import { buildCorpus } from '../../src/search/corpus'
import { HOLDOUT_FRESH_QUERIES } from '../search/holdout-fresh-queries'
import { answerProblems, copiesOfOthers, repeatedQuestions } from '../search/separation'

/**
 * The blind held-out set of 2026-11-30 (tests/search/holdout-fresh-queries.ts): its shape only.
 * This test never runs the search engine, so nothing here can be used to tune on the set; the
 * bench reports how the engine does on it.
 */

describe('blind held-out set (2026-11-30)', () => {
  it('has at least 90 questions, none repeated', () => {
    expect(HOLDOUT_FRESH_QUERIES.length).toBeGreaterThanOrEqual(90)
    expect(repeatedQuestions(HOLDOUT_FRESH_QUERIES)).toEqual([])
  })

  it('shares no question with the tuning set, the other held-out sets or the FAQ, not even lightly reworded', () => {
    expect(copiesOfOthers(HOLDOUT_FRESH_QUERIES)).toEqual([])
  })

  it('gives every question an answer, and every answer it names exists in the search corpus', () => {
    expect(answerProblems(HOLDOUT_FRESH_QUERIES, buildCorpus())).toEqual([])
  })

  it('accepts no 信访工作条例 article for a question that is not a 信访 matter', () => {
    // The out-of-scope questions: those answered by a channel outside 信访 (民事诉讼, 报警, 国家赔偿, 家暴).
    const outOfScope = HOLDOUT_FRESH_QUERIES.filter((q) =>
      (q.ids ?? []).some((id) => ['civil-lawsuit', 'police', 'state-compensation', 'domestic-violence'].includes(id))
    )
    expect(outOfScope.length).toBeGreaterThanOrEqual(15)
    const wrong = outOfScope.filter((q) => q.accept.some((r) => r.law === '信访工作条例') || (q.ids ?? []).some((id) => id.startsWith('xinfang-2022/')))
    expect(wrong.map((q) => q.query)).toEqual([])
  })
})
