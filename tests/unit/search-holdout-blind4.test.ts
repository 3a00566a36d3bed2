import { FAQ } from '../../src/content/faq'
import { refProblem } from '../../src/content/laws'
import { buildCorpus } from '../../src/search/corpus'
import { EVAL_QUERIES } from '../search/eval-queries'
import { HOLDOUT_QUERIES } from '../search/holdout-queries'
import { HOLDOUT_HARD_QUERIES } from '../search/holdout-hard-queries'
import { HOLDOUT_FRESH_QUERIES } from '../search/holdout-fresh-queries'
import {
  BLIND4_INSTITUTIONS,
  BLIND4_OUT_OF_SCOPE,
  BLIND4_PINYIN,
  BLIND4_SENTENCES,
  BLIND4_SLANG,
  BLIND4_TRADITIONAL,
  HOLDOUT_BLIND4_QUERIES
} from '../search/holdout-blind4-queries'
import { unjudgedTitleMatches } from '../search/hit'

/**
 * The fourth held-out set, written blind on 2026-11-30 (tests/search/holdout-blind4-queries.ts):
 * its shape only. This test never runs the search engine, so nothing here can be used to tune on
 * the set; the bench reports how the engine does on it.
 */

/** Lower case, without spaces and punctuation: 「信访局 电话？」 and 「信访局电话」 are one question. */
const normalise = (q: string): string => q.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

function bigrams(q: string): Set<string> {
  const s = normalise(q)
  const grams = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2))
  return grams
}

/** Dice coefficient of character bigrams: 1 for the same text, about 0.8 for a light rewording. */
function similarity(a: string, b: string): number {
  const ga = bigrams(a)
  const gb = bigrams(b)
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return (2 * shared) / (ga.size + gb.size || 1)
}

const OTHER_QUESTIONS = [
  ...EVAL_QUERIES.map((q) => q.query),
  ...HOLDOUT_QUERIES.map((q) => q.query),
  ...HOLDOUT_HARD_QUERIES.map((q) => q.query),
  ...HOLDOUT_FRESH_QUERIES.map((q) => q.query),
  ...FAQ.map((e) => e.question),
]

/** Characters that exist only in 繁体 (their 简体 forms differ), as people in Taiwan, Hong Kong and Macao type. */
const TRADITIONAL_ONLY = /[請訪準備資檢舉務紅電話對罰單復議嗎複幾內闆薪發該裡訴時間聲護麼沒費網辦進詢報給]/u

describe('fourth blind held-out set (2026-11-30)', () => {
  it('has at least 90 questions, none repeated', () => {
    expect(HOLDOUT_BLIND4_QUERIES.length).toBeGreaterThanOrEqual(90)
    const seen = new Set<string>()
    const repeated = HOLDOUT_BLIND4_QUERIES.map((q) => normalise(q.query)).filter((q) => seen.has(q) || !seen.add(q))
    expect(repeated).toEqual([])
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
    const others = new Set(OTHER_QUESTIONS.map(normalise))
    expect(HOLDOUT_BLIND4_QUERIES.filter((q) => others.has(normalise(q.query))).map((q) => q.query)).toEqual([])
    const nearCopies = HOLDOUT_BLIND4_QUERIES.flatMap((q) =>
      OTHER_QUESTIONS.filter((o) => similarity(q.query, o) >= 0.7).map((o) => `${q.query} ≈ ${o}`)
    )
    expect(nearCopies).toEqual([])
  })

  it('gives every question an answer, and every answer it names exists in the search corpus', () => {
    const ids = new Set(buildCorpus().map((d) => d.id))
    const problems = HOLDOUT_BLIND4_QUERIES.flatMap((q) => [
      ...(q.accept.length + (q.ids?.length ?? 0) + (q.titleHas?.length ?? 0) === 0 ? [`${q.query}: no acceptable answer`] : []),
      ...q.accept.map(refProblem).filter(Boolean).map((p) => `${q.query}: ${p}`),
      ...(q.ids ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: no document ${id}`),
    ])
    expect(problems).toEqual([])
  })

  it('lets a titleHas word match an existing document only if someone judged that document to answer (its id is in ids)', () => {
    // A titleHas word stands for an answer the content may add later. Once a document with the word in its
    // title exists, the word would count it as a hit: it may, only if that document was read and judged to
    // answer the question (its id added to ids); a title that merely shares the word fails here.
    const docs = buildCorpus()
    const unjudged = HOLDOUT_BLIND4_QUERIES.flatMap((q) => unjudgedTitleMatches(q, docs).map((m) => `${q.query}: ${m}`))
    expect(unjudged).toEqual([])
  })

  it('accepts no 信访工作条例 article for a question that is not a 信访 matter', () => {
    expect(BLIND4_OUT_OF_SCOPE.length).toBeGreaterThanOrEqual(15)
    const wrong = BLIND4_OUT_OF_SCOPE.filter(
      (q) => q.accept.some((r) => r.law === '信访工作条例') || (q.ids ?? []).some((id) => id.startsWith('xinfang-2022/'))
    )
    expect(wrong.map((q) => q.query)).toEqual([])
  })
})
