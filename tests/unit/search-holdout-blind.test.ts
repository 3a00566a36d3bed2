import { buildCorpus } from '../../src/search/corpus'
import type { EvalQuery } from '../search/eval-queries'
import * as blind4 from '../search/holdout-blind4-queries'
import * as blind5 from '../search/holdout-blind5-queries'
import { answerProblems, copiesOfOthers, repeatedQuestions } from '../search/separation'

/**
 * The fourth and fifth held-out sets, each written blind on 2026-11-30 in the same mix
 * (tests/search/holdout-blind4-queries.ts, holdout-blind5-queries.ts): their shape only. This test
 * never runs the search engine, so nothing here can be used to tune on the sets; the bench reports
 * how the engine does on them.
 */

/** Characters that exist only in 繁体 (their 简体 forms differ), as people in Taiwan, Hong Kong and Macao type. */
const TRADITIONAL_ONLY =
  /[請訪準備資檢舉務紅電話對罰單復議嗎複幾內闆薪發該裡訴時間聲護麼沒費網辦進詢報給問陳會書處見滿職態點應個勞還郵願貪後這長輩樣]/u

interface BlindSet {
  all: readonly EvalQuery[]
  /** The mix its header states, in this order. */
  groups: { sentences: readonly EvalQuery[]; traditional: readonly EvalQuery[]; pinyin: readonly EvalQuery[]; slang: readonly EvalQuery[]; outOfScope: readonly EvalQuery[]; institutions: readonly EvalQuery[] }
}

const SETS: [string, BlindSet][] = [
  [
    'fourth',
    {
      all: blind4.HOLDOUT_BLIND4_QUERIES,
      groups: { sentences: blind4.BLIND4_SENTENCES, traditional: blind4.BLIND4_TRADITIONAL, pinyin: blind4.BLIND4_PINYIN, slang: blind4.BLIND4_SLANG, outOfScope: blind4.BLIND4_OUT_OF_SCOPE, institutions: blind4.BLIND4_INSTITUTIONS },
    },
  ],
  [
    'fifth',
    {
      all: blind5.HOLDOUT_BLIND5_QUERIES,
      groups: { sentences: blind5.BLIND5_SENTENCES, traditional: blind5.BLIND5_TRADITIONAL, pinyin: blind5.BLIND5_PINYIN, slang: blind5.BLIND5_SLANG, outOfScope: blind5.BLIND5_OUT_OF_SCOPE, institutions: blind5.BLIND5_INSTITUTIONS },
    },
  ],
]

describe.each(SETS)('%s blind held-out set (2026-11-30)', (_name, { all, groups }) => {
  it('has at least 90 questions, none repeated', () => {
    expect(all.length).toBeGreaterThanOrEqual(90)
    expect(repeatedQuestions(all)).toEqual([])
  })

  it('has the mix its header states, and every group is in the set', () => {
    expect(Object.values(groups).map((g) => g.length)).toEqual([30, 10, 10, 15, 15, 20])
    expect(all.length).toBe(100)
    // Whole sentences are sentences, and 繁体 questions are typed in 繁体.
    expect(groups.sentences.filter((q) => q.query.length < 25).map((q) => q.query)).toEqual([])
    expect(groups.traditional.filter((q) => !TRADITIONAL_ONLY.test(q.query)).map((q) => q.query)).toEqual([])
  })

  it('shares no question with the tuning set, the other held-out sets or the FAQ, not even lightly reworded', () => {
    expect(copiesOfOthers(all)).toEqual([])
  })

  it('gives every question an answer, and every answer it names exists in the search corpus', () => {
    expect(answerProblems(all, buildCorpus())).toEqual([])
  })

  it('accepts no 信访工作条例 article for a question that is not a 信访 matter', () => {
    expect(groups.outOfScope.length).toBeGreaterThanOrEqual(15)
    const wrong = groups.outOfScope.filter(
      (q) => q.accept.some((r) => r.law === '信访工作条例') || (q.ids ?? []).some((id) => id.startsWith('xinfang-2022/'))
    )
    expect(wrong.map((q) => q.query)).toEqual([])
  })
})
