import { buildCorpus } from '../../src/search/corpus'
import {
  BLIND4_INSTITUTIONS,
  BLIND4_OUT_OF_SCOPE,
  BLIND4_PINYIN,
  BLIND4_SENTENCES,
  BLIND4_SLANG,
  BLIND4_TRADITIONAL,
  HOLDOUT_BLIND4_QUERIES
} from '../search/holdout-blind4-queries'
import { answerProblems, copiesOfOthers, repeatedQuestions } from '../search/separation'

/**
 * The fourth held-out set, written blind on 2026-11-30 (tests/search/holdout-blind4-queries.ts):
 * its shape only. This test never runs the search engine, so nothing here can be used to tune on
 * the set; the bench reports how the engine does on it.
 */

/** Characters that exist only in 繁体 (their 简体 forms differ), as people in Taiwan, Hong Kong and Macao type. */
const TRADITIONAL_ONLY = /[請訪準備資檢舉務紅電話對罰單復議嗎複幾內闆薪發該裡訴時間聲護麼沒費網辦進詢報給]/u

describe('fourth blind held-out set (2026-11-30)', () => {
  it('has at least 90 questions, none repeated', () => {
    expect(HOLDOUT_BLIND4_QUERIES.length).toBeGreaterThanOrEqual(90)
    expect(repeatedQuestions(HOLDOUT_BLIND4_QUERIES)).toEqual([])
  })

  it('has the mix its header states, and every group is in the set', () => {
    expect([BLIND4_SENTENCES, BLIND4_TRADITIONAL, BLIND4_PINYIN, BLIND4_SLANG, BLIND4_OUT_OF_SCOPE, BLIND4_INSTITUTIONS].map((g) => g.length)).toEqual([
      30, 10, 10, 15, 15, 20,
    ])
    expect(HOLDOUT_BLIND4_QUERIES.length).toBe(100)
    // Whole sentences are sentences, and 繁体 questions are typed in 繁体.
    expect(BLIND4_SENTENCES.filter((q) => q.query.length < 25).map((q) => q.query)).toEqual([])
    expect(BLIND4_TRADITIONAL.filter((q) => !TRADITIONAL_ONLY.test(q.query)).map((q) => q.query)).toEqual([])
  })

  it('shares no question with the tuning set, the other held-out sets or the FAQ, not even lightly reworded', () => {
    expect(copiesOfOthers(HOLDOUT_BLIND4_QUERIES)).toEqual([])
  })

  it('gives every question an answer, and every answer it names exists in the search corpus', () => {
    expect(answerProblems(HOLDOUT_BLIND4_QUERIES, buildCorpus())).toEqual([])
  })

  it('accepts no 信访工作条例 article for a question that is not a 信访 matter', () => {
    expect(BLIND4_OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(15)
    const wrong = BLIND4_OUT_OF_SCOPE.filter(
      (q) => q.accept.some((r) => r.law === '信访工作条例') || (q.ids ?? []).some((id) => id.startsWith('xinfang-2022/'))
    )
    expect(wrong.map((q) => q.query)).toEqual([])
  })
})
