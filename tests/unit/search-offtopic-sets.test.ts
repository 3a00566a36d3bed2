import { FAQ } from '../../src/content/faq'
import * as tuning from '../search/offtopic-queries'
import * as heldOut from '../search/holdout-offtopic-queries'
import * as more from '../search/offtopic-more-queries'
import * as third from '../search/offtopic-third-queries'
import * as fourth from '../search/offtopic-fourth-queries'
import { normaliseQuestion, questionsOutside, similarity } from '../search/separation'

/**
 * The five sets of off-topic queries (tests/search/offtopic-queries.ts,
 * tests/search/offtopic-more-queries.ts, tests/search/offtopic-third-queries.ts and
 * tests/search/offtopic-fourth-queries.ts for tuning, tests/search/holdout-offtopic-queries.ts held
 * out), written blind on 2026-11-30 and 2026-12-01:
 * queries nothing in the app answers, on which search should say 「没找到合适的答案」. Their shape
 * only: this test never runs the search engine, so nothing here can be used to tune on the held-out set.
 */

/** Characters that exist only in 繁体 (their 简体 forms differ). */
const TRADITIONAL_ONLY = /[們這說會為麼時還後來對開關電話機號請問題樣點嗎裡]/u

interface OfftopicSet {
  all: readonly string[]
  size: number
  /** everyday life, shared words meaning something else, public services: 40 %, 35 %, 25 %. */
  parts: [readonly string[], readonly string[], readonly string[]]
}

const SETS: [string, OfftopicSet][] = [
  ['tuning', { all: tuning.OFFTOPIC_QUERIES, size: 200, parts: [tuning.OFFTOPIC_EVERYDAY, tuning.OFFTOPIC_SHARED_WORDS, tuning.OFFTOPIC_PUBLIC_SERVICE] }],
  [
    'held-out',
    {
      all: heldOut.HOLDOUT_OFFTOPIC_QUERIES,
      size: 100,
      parts: [heldOut.HOLDOUT_OFFTOPIC_EVERYDAY, heldOut.HOLDOUT_OFFTOPIC_SHARED_WORDS, heldOut.HOLDOUT_OFFTOPIC_PUBLIC_SERVICE],
    },
  ],
  [
    'second tuning',
    {
      all: more.OFFTOPIC_MORE_QUERIES,
      size: 400,
      parts: [more.OFFTOPIC_MORE_EVERYDAY, more.OFFTOPIC_MORE_SHARED_WORDS, more.OFFTOPIC_MORE_PUBLIC_SERVICE],
    },
  ],
  [
    'third tuning',
    {
      all: third.OFFTOPIC_THIRD_QUERIES,
      size: 400,
      parts: [third.OFFTOPIC_THIRD_EVERYDAY, third.OFFTOPIC_THIRD_SHARED_WORDS, third.OFFTOPIC_THIRD_PUBLIC_SERVICE],
    },
  ],
  [
    'fourth tuning',
    {
      all: fourth.OFFTOPIC_FOURTH_QUERIES,
      size: 400,
      parts: [fourth.OFFTOPIC_FOURTH_EVERYDAY, fourth.OFFTOPIC_FOURTH_SHARED_WORDS, fourth.OFFTOPIC_FOURTH_PUBLIC_SERVICE],
    },
  ],
]

/** Queries met before (after normalising) in `queries`. */
function repeated(queries: readonly string[]): string[] {
  const seen = new Set<string>()
  return queries.filter((q) => {
    const n = normaliseQuestion(q)
    return seen.has(n) || !seen.add(n)
  })
}

describe.each(SETS)('%s off-topic set (written blind)', (_name, { all, size, parts }) => {
  it('has its size and the mix its header states, every part in the set', () => {
    expect(all.length).toBe(size)
    expect(parts.map((p) => p.length)).toEqual([0.4, 0.35, 0.25].map((share) => share * size))
    expect(parts.flat()).toEqual(all)
  })

  it('repeats no query', () => {
    expect(repeated(all)).toEqual([])
  })

  it('holds only non-empty queries of at most 80 characters, as typed into the search box', () => {
    expect(all.filter((q) => q.trim() === '' || normaliseQuestion(q) === '' || [...q].length > 80)).toEqual([])
  })

  it('types about one query in ten in 繁体, in each part', () => {
    const traditional = all.filter((q) => TRADITIONAL_ONLY.test(q))
    expect(traditional.length / all.length).toBeGreaterThanOrEqual(0.08)
    expect(traditional.length / all.length).toBeLessThanOrEqual(0.12)
    for (const part of parts) expect(part.some((q) => TRADITIONAL_ONLY.test(q))).toBe(true)
  })

  it('is not a question of the tuning set, a held-out set or the FAQ', () => {
    const answered = new Set(questionsOutside([]).map(normaliseQuestion))
    expect(all.filter((q) => answered.has(normaliseQuestion(q)))).toEqual([])
  })

  it('does not lightly reword an FAQ question', () => {
    const close = all.flatMap((q) => FAQ.filter((e) => similarity(q, e.question) >= 0.6).map((e) => `${q} ≈ ${e.question}`))
    expect(close).toEqual([])
  })
})

it('the tuning and held-out off-topic sets share no query', () => {
  const tuned = new Set(tuning.OFFTOPIC_QUERIES.map(normaliseQuestion))
  expect(heldOut.HOLDOUT_OFFTOPIC_QUERIES.filter((q) => tuned.has(normaliseQuestion(q)))).toEqual([])
})

interface LaterSet {
  all: readonly string[]
  parts: [readonly string[], readonly string[], readonly string[]]
  /** The tuning sets written before it, which it must neither repeat nor lightly reword. */
  earlierTuning: readonly (readonly string[])[]
}

// The later tuning sets, each written after the held-out set and the tuning sets before it.
const LATER_SETS: [string, LaterSet][] = [
  [
    'second tuning (2026-11-30)',
    {
      all: more.OFFTOPIC_MORE_QUERIES,
      parts: [more.OFFTOPIC_MORE_EVERYDAY, more.OFFTOPIC_MORE_SHARED_WORDS, more.OFFTOPIC_MORE_PUBLIC_SERVICE],
      earlierTuning: [tuning.OFFTOPIC_QUERIES],
    },
  ],
  [
    'third tuning (2026-12-01)',
    {
      all: third.OFFTOPIC_THIRD_QUERIES,
      parts: [third.OFFTOPIC_THIRD_EVERYDAY, third.OFFTOPIC_THIRD_SHARED_WORDS, third.OFFTOPIC_THIRD_PUBLIC_SERVICE],
      earlierTuning: [tuning.OFFTOPIC_QUERIES, more.OFFTOPIC_MORE_QUERIES],
    },
  ],
  [
    'fourth tuning (2026-12-01, round 14)',
    {
      all: fourth.OFFTOPIC_FOURTH_QUERIES,
      parts: [fourth.OFFTOPIC_FOURTH_EVERYDAY, fourth.OFFTOPIC_FOURTH_SHARED_WORDS, fourth.OFFTOPIC_FOURTH_PUBLIC_SERVICE],
      earlierTuning: [tuning.OFFTOPIC_QUERIES, more.OFFTOPIC_MORE_QUERIES, third.OFFTOPIC_THIRD_QUERIES],
    },
  ],
]

describe.each(LATER_SETS)('the %s off-topic set', (_name, { all, parts, earlierTuning }) => {
  it('types one query in ten in 繁体 within each part, as its header states', () => {
    for (const part of parts) {
      const share = part.filter((q) => TRADITIONAL_ONLY.test(q)).length / part.length
      expect(share).toBeGreaterThanOrEqual(0.08)
      expect(share).toBeLessThanOrEqual(0.12)
    }
  })

  it('types some long queries, some in pinyin and some short ones', () => {
    expect(all.filter((q) => [...q].length >= 30).length).toBeGreaterThanOrEqual(5)
    expect(all.filter((q) => /^[a-z0-9 ]+$/u.test(q) && q.includes(' ')).length).toBeGreaterThanOrEqual(5)
    expect(all.filter((q) => [...q].length <= 8).length).toBeGreaterThanOrEqual(20)
  })

  it('repeats no query of an earlier tuning set or the held-out set', () => {
    const earlier = new Set([...earlierTuning.flat(), ...heldOut.HOLDOUT_OFFTOPIC_QUERIES].map(normaliseQuestion))
    expect(all.filter((q) => earlier.has(normaliseQuestion(q)))).toEqual([])
  })

  // Only the new set's own queries are named on failure, never a held-out one.
  it('does not lightly reword a query of an earlier tuning set', () => {
    const earlier = earlierTuning.flat()
    expect(all.filter((q) => earlier.some((o) => similarity(q, o) >= 0.6))).toEqual([])
  })

  it('does not lightly reword a query of the held-out set', () => {
    expect(all.filter((q) => heldOut.HOLDOUT_OFFTOPIC_QUERIES.some((o) => similarity(q, o) >= 0.6))).toEqual([])
  })
})
