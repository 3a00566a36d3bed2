import { FAQ } from '../../../src/content/faq'
import { refProblem } from '../../../src/content/laws'
import { EVAL_QUERIES, type EvalQuery } from '../../search/eval-queries'
import { HOLDOUT_QUERIES } from '../../search/holdout-queries'
import { HOLDOUT_HARD_QUERIES } from '../../search/holdout-hard-queries'
import { buildCorpus } from '../../../src/search/corpus'
import { hitAt, index } from './helpers'
import { shownResults } from '../../search/hit'
import { OFFTOPIC_QUERIES } from '../../search/offtopic-queries'
import { OFFTOPIC_MORE_QUERIES } from '../../search/offtopic-more-queries'
import { OFFTOPIC_THIRD_QUERIES } from '../../search/offtopic-third-queries'
import { OFFTOPIC_FOURTH_QUERIES } from '../../search/offtopic-fourth-queries'
import { createSearchIndex, searchAnswer } from '../../../src/core/search/engine'
import { buildSearchIndexData, contentTables, indexedCorpus } from '../../../scripts/build-search-index'
import { XINFANG_2005_TO_2022 } from '../../../src/content/laws/concordance-2005'

/**
 * Regression guards on the tuning set (issue 5's hit@3 ≥ 0.90 raised after the issue 14 work, which
 * reached hit@3 0.992 and hit@1 0.92 on it): below what it reaches, with a margin.
 */
const HIT3_MIN = 0.96
const HIT1_MIN = 0.88
/**
 * The held-out set was never used for tuning, so its bar is lower; it is a regression guard
 * (95 % when it was written), not a target to tune the tables against.
 */
const HOLDOUT_HIT3_MIN = 0.85

function hitRate(queries: EvalQuery[], k: number): { rate: number; misses: string[] } {
  const misses: string[] = []
  for (const q of queries) {
    if (!hitAt(shownResults(index(), q.query, { limit: k, noSnippets: true }), q, k)) misses.push(q.query)
  }
  return { rate: 1 - misses.length / queries.length, misses }
}
const hit3 = (queries: EvalQuery[]) => hitRate(queries, 3)

describe('evaluation set', () => {
  it('has at least 100 queries, each with acceptable answers', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(100)
    for (const q of EVAL_QUERIES) expect(q.accept.length + (q.ids?.length ?? 0) + (q.titleHas?.length ?? 0)).toBeGreaterThan(0)
    const ids = new Set(buildCorpus().map((d) => d.id))
    expect(EVAL_QUERIES.flatMap((q) => (q.ids ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: no document ${id}`))).toEqual([])
  })

  it(`reaches hit@3 ≥ ${HIT3_MIN} and hit@1 ≥ ${HIT1_MIN}`, () => {
    const { rate, misses } = hit3(EVAL_QUERIES)
    if (rate < HIT3_MIN) throw new Error(`hit@3 = ${rate.toFixed(3)} < ${HIT3_MIN}; misses:\n${misses.join('\n')}`)
    expect(rate).toBeGreaterThanOrEqual(HIT3_MIN)
    const at1 = hitRate(EVAL_QUERIES, 1)
    if (at1.rate < HIT1_MIN) throw new Error(`hit@1 = ${at1.rate.toFixed(3)} < ${HIT1_MIN}; misses:\n${at1.misses.join('\n')}`)
  })
})

describe('questions nothing in the app answers (the off-topic tuning queries)', () => {
  // Regression guard: the page should say 「没找到合适的答案」 to weather, recipes and phone settings.
  // The app's index learns from all three off-topic tuning sets (three writers), so each is scored on
  // an index that learnt the other two: 225 of 1,000 answered at 13,352 tuning questions, 219 at
  // 15,373 when this guard was set. (It used to score the first set on the second alone: 51 of 200
  // when set, 57 once batches 82-92 were learnt, while the three-way count fell.)
  // Every fold also learns the fourth set (written in round 14 when question-first tuning batches had
  // raised this count to 236), which the guard never scores: 1,000 questions and the limit stay.
  const MAX_ANSWERED = 230
  const SETS = [OFFTOPIC_QUERIES, OFFTOPIC_MORE_QUERIES, OFFTOPIC_THIRD_QUERIES]
  it(`are answered at most ${MAX_ANSWERED} times in ${SETS.flat().length} when the index did not learn them`, () => {
    const docs = indexedCorpus()
    const tables = contentTables(docs)
    const answered = SETS.flatMap((set, k) => {
      const others = [...SETS.filter((_, j) => j !== k).flat(), ...OFFTOPIC_FOURTH_QUERIES]
      const unseen = createSearchIndex(buildSearchIndexData(EVAL_QUERIES, docs, tables, others), docs, { concordance2005: XINFANG_2005_TO_2022 })
      return set.filter((q) => searchAnswer(unseen, q).confident)
    })
    if (answered.length > MAX_ANSWERED) throw new Error(`${answered.length} answered:\n${answered.join('\n')}`)
    expect(answered.length).toBeLessThanOrEqual(MAX_ANSWERED)
  })
})

describe('held-out set', () => {
  it('is separate from the evaluation set and the FAQ, and cites articles that exist', () => {
    const seen = new Set([...EVAL_QUERIES.map((q) => q.query), ...FAQ.map((e) => e.question)])
    expect(HOLDOUT_QUERIES.filter((q) => seen.has(q.query)).map((q) => q.query)).toEqual([])
    expect(new Set(HOLDOUT_QUERIES.map((q) => q.query)).size).toBe(HOLDOUT_QUERIES.length)
    const problems = HOLDOUT_QUERIES.flatMap((q) => q.accept.map(refProblem).filter(Boolean).map((p) => `${q.query}: ${p}`))
    expect(problems).toEqual([])
    // An article that a later Q&A cites for another matter is named there by the ids that answered before
    // (tests/unit/search-holdout-accepts.test.ts checks those ids).
    for (const q of HOLDOUT_QUERIES) expect(q.accept.length + (q.ids?.length ?? 0)).toBeGreaterThan(0)
  })

  it(`stays at hit@3 ≥ ${HOLDOUT_HIT3_MIN}`, () => {
    const { rate, misses } = hit3(HOLDOUT_QUERIES)
    if (rate < HOLDOUT_HIT3_MIN) throw new Error(`held-out hit@3 = ${rate.toFixed(3)} < ${HOLDOUT_HIT3_MIN}; misses:\n${misses.join('\n')}`)
    expect(rate).toBeGreaterThanOrEqual(HOLDOUT_HIT3_MIN)
  })
})

/**
 * The harder held-out set (issue 14: 繁体, whole sentences, pinyin, slang, questions outside
 * 信访, institutions), written before the v2 work and never tuned on. Regression guards, set below
 * the figures it reached (README); not targets to tune the tables against.
 */
const HARD_HIT3_MIN = 0.85
const HARD_HIT1_MIN = 0.7

describe('harder held-out set', () => {
  it('has at least 80 questions, apart from the tuning set and the FAQ, whose answers exist', () => {
    expect(HOLDOUT_HARD_QUERIES.length).toBeGreaterThanOrEqual(80)
    const seen = new Set([...EVAL_QUERIES.map((q) => q.query), ...HOLDOUT_QUERIES.map((q) => q.query), ...FAQ.map((e) => e.question)])
    expect(HOLDOUT_HARD_QUERIES.filter((q) => seen.has(q.query)).map((q) => q.query)).toEqual([])
    expect(new Set(HOLDOUT_HARD_QUERIES.map((q) => q.query)).size).toBe(HOLDOUT_HARD_QUERIES.length)
    const ids = new Set(buildCorpus().map((d) => d.id))
    const problems = HOLDOUT_HARD_QUERIES.flatMap((q) => [
      ...q.accept.map(refProblem).filter(Boolean).map((p) => `${q.query}: ${p}`),
      ...(q.ids ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: no document ${id}`),
    ])
    expect(problems).toEqual([])
    for (const q of HOLDOUT_HARD_QUERIES) expect(q.accept.length + (q.ids?.length ?? 0) + (q.titleHas?.length ?? 0)).toBeGreaterThan(0)
  })

  it(`stays at hit@3 ≥ ${HARD_HIT3_MIN} and hit@1 ≥ ${HARD_HIT1_MIN}`, () => {
    const at3 = hit3(HOLDOUT_HARD_QUERIES)
    const at1 = hitRate(HOLDOUT_HARD_QUERIES, 1)
    if (at3.rate < HARD_HIT3_MIN) throw new Error(`hard held-out hit@3 = ${at3.rate.toFixed(3)} < ${HARD_HIT3_MIN}`)
    if (at1.rate < HARD_HIT1_MIN) throw new Error(`hard held-out hit@1 = ${at1.rate.toFixed(3)} < ${HARD_HIT1_MIN}`)
    expect(at3.rate).toBeGreaterThanOrEqual(HARD_HIT3_MIN)
  })
})
