import { buildCorpus } from '../../src/search/corpus'
import {
  BLIND5_INSTITUTIONS,
  BLIND5_OUT_OF_SCOPE,
  BLIND5_PINYIN,
  BLIND5_SENTENCES,
  BLIND5_SLANG,
  BLIND5_TRADITIONAL,
  HOLDOUT_BLIND5_QUERIES
} from '../search/holdout-blind5-queries'
import { answerProblems, copiesOfOthers, repeatedQuestions } from '../search/separation'

/**
 * The fifth held-out set, written blind on 2026-11-30 (tests/search/holdout-blind5-queries.ts):
 * its shape only. This test never runs the search engine, so nothing here can be used to tune on
 * the set; the bench reports how the engine does on it.
 */

/** Characters that exist only in 繁体 (their 简体 forms differ), as people in Taiwan, Hong Kong and Macao type. */
const TRADITIONAL_ONLY = /[請問陳會書對處見滿麼訴職態點罰單應該議闆個勞還電郵嗎幾願檢舉貪報後這長輩樣]/u

describe('fifth blind held-out set (2026-11-30)', () => {
  it('has at least 90 questions, none repeated', () => {
    expect(HOLDOUT_BLIND5_QUERIES.length).toBeGreaterThanOrEqual(90)
    expect(repeatedQuestions(HOLDOUT_BLIND5_QUERIES)).toEqual([])
  })

  it('has the mix its header states, and every group is in the set', () => {
    expect([BLIND5_SENTENCES, BLIND5_TRADITIONAL, BLIND5_PINYIN, BLIND5_SLANG, BLIND5_OUT_OF_SCOPE, BLIND5_INSTITUTIONS].map((g) => g.length)).toEqual([
      30, 10, 10, 15, 15, 20,
    ])
    expect(HOLDOUT_BLIND5_QUERIES.length).toBe(100)
    // Whole sentences are sentences, and 繁体 questions are typed in 繁体.
    expect(BLIND5_SENTENCES.filter((q) => q.query.length < 25).map((q) => q.query)).toEqual([])
    expect(BLIND5_TRADITIONAL.filter((q) => !TRADITIONAL_ONLY.test(q.query)).map((q) => q.query)).toEqual([])
  })

  it('shares no question with the tuning set, the other held-out sets or the FAQ, not even lightly reworded', () => {
    expect(copiesOfOthers(HOLDOUT_BLIND5_QUERIES)).toEqual([])
  })

  it('gives every question an answer, and every answer it names exists in the search corpus', () => {
    expect(answerProblems(HOLDOUT_BLIND5_QUERIES, buildCorpus())).toEqual([])
  })

  it('accepts no 信访工作条例 article for a question that is not a 信访 matter', () => {
    expect(BLIND5_OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(15)
    const wrong = BLIND5_OUT_OF_SCOPE.filter(
      (q) => q.accept.some((r) => r.law === '信访工作条例') || (q.ids ?? []).some((id) => id.startsWith('xinfang-2022/'))
    )
    expect(wrong.map((q) => q.query)).toEqual([])
  })
})
