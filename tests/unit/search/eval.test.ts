import { search } from '../../../src/core/search/engine'
import { FAQ } from '../../../src/content/faq'
import { refProblem } from '../../../src/content/laws'
import { EVAL_QUERIES, type EvalQuery } from '../../search/eval-queries'
import { HOLDOUT_QUERIES } from '../../search/holdout-queries'
import { hitAt, index } from './helpers'

/** The quality bar of issue 5: hit@3 ≥ 0.90 on the citizen-typed evaluation set. */
const HIT3_MIN = 0.9
/**
 * The held-out set was never used for tuning, so its bar is lower; it is a regression guard
 * (95 % when it was written), not a target to tune the tables against.
 */
const HOLDOUT_HIT3_MIN = 0.85

function hit3(queries: EvalQuery[]): { rate: number; misses: string[] } {
  const misses: string[] = []
  for (const q of queries) {
    if (!hitAt(search(index(), q.query, { limit: 3, noSnippets: true }), q.accept, 3)) misses.push(q.query)
  }
  return { rate: 1 - misses.length / queries.length, misses }
}

describe('evaluation set', () => {
  it('has at least 100 queries, each with acceptable articles', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(100)
    for (const q of EVAL_QUERIES) expect(q.accept.length).toBeGreaterThan(0)
  })

  it(`reaches hit@3 ≥ ${HIT3_MIN}`, () => {
    const { rate, misses } = hit3(EVAL_QUERIES)
    if (rate < HIT3_MIN) throw new Error(`hit@3 = ${rate.toFixed(3)} < ${HIT3_MIN}; misses:\n${misses.join('\n')}`)
    expect(rate).toBeGreaterThanOrEqual(HIT3_MIN)
  })
})

describe('held-out set', () => {
  it('is separate from the evaluation set and the FAQ, and cites articles that exist', () => {
    const seen = new Set([...EVAL_QUERIES.map((q) => q.query), ...FAQ.map((e) => e.question)])
    expect(HOLDOUT_QUERIES.filter((q) => seen.has(q.query)).map((q) => q.query)).toEqual([])
    expect(new Set(HOLDOUT_QUERIES.map((q) => q.query)).size).toBe(HOLDOUT_QUERIES.length)
    const problems = HOLDOUT_QUERIES.flatMap((q) => q.accept.map(refProblem).filter(Boolean).map((p) => `${q.query}: ${p}`))
    expect(problems).toEqual([])
    for (const q of HOLDOUT_QUERIES) expect(q.accept.length).toBeGreaterThan(0)
  })

  it(`stays at hit@3 ≥ ${HOLDOUT_HIT3_MIN}`, () => {
    const { rate, misses } = hit3(HOLDOUT_QUERIES)
    if (rate < HOLDOUT_HIT3_MIN) throw new Error(`held-out hit@3 = ${rate.toFixed(3)} < ${HOLDOUT_HIT3_MIN}; misses:\n${misses.join('\n')}`)
    expect(rate).toBeGreaterThanOrEqual(HOLDOUT_HIT3_MIN)
  })
})
