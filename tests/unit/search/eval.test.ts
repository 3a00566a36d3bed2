import { search } from '../../../src/core/search/engine'
import { EVAL_QUERIES } from '../../search/eval-queries'
import { hitAt, index } from './helpers'

/** The quality bar of issue 5: hit@3 ≥ 0.90 on the citizen-typed evaluation set. */
const HIT3_MIN = 0.9

describe('evaluation set', () => {
  it('has at least 100 queries, each with acceptable articles', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(100)
    for (const q of EVAL_QUERIES) expect(q.accept.length).toBeGreaterThan(0)
  })

  it(`reaches hit@3 ≥ ${HIT3_MIN}`, () => {
    const misses: string[] = []
    let hits = 0
    for (const q of EVAL_QUERIES) {
      if (hitAt(search(index(), q.query, { limit: 3, noSnippets: true }), q.accept, 3)) hits++
      else misses.push(q.query)
    }
    const rate = hits / EVAL_QUERIES.length
    if (rate < HIT3_MIN) throw new Error(`hit@3 = ${rate.toFixed(3)} < ${HIT3_MIN}; misses:\n${misses.join('\n')}`)
    expect(rate).toBeGreaterThanOrEqual(HIT3_MIN)
  })
})
