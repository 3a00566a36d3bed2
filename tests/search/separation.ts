import { FAQ } from '../../src/content/faq'
import { refProblem } from '../../src/content/laws'
import type { SearchDoc } from '../../src/core/search/types'
import { EVAL_QUERIES, type EvalQuery } from './eval-queries'
import { HOLDOUT_QUERIES } from './holdout-queries'
import { HOLDOUT_HARD_QUERIES } from './holdout-hard-queries'
import { HOLDOUT_FRESH_QUERIES } from './holdout-fresh-queries'
import { HOLDOUT_BLIND4_QUERIES } from './holdout-blind4-queries'
import { HOLDOUT_BLIND5_QUERIES } from './holdout-blind5-queries'

/*
 * Shape checks shared by the blind held-out sets' tests: none of them runs the search engine, so
 * nothing here can be used to tune on a held-out set.
 */

/** Lower case, without spaces and punctuation: 「信访局 电话？」 and 「信访局电话」 are one question. */
export const normaliseQuestion = (q: string): string => q.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

function bigrams(q: string): Set<string> {
  const s = normaliseQuestion(q)
  const grams = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2))
  return grams
}

/** Dice coefficient of character bigrams: 1 for the same text, about 0.8 for a light rewording. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a)
  const gb = bigrams(b)
  let shared = 0
  for (const g of ga) if (gb.has(g)) shared++
  return (2 * shared) / (ga.size + gb.size || 1)
}

/** Every question of the tuning set, the held-out sets and the FAQ, except those of `set` itself. */
export function questionsOutside(set: readonly EvalQuery[]): string[] {
  const sets = [EVAL_QUERIES, HOLDOUT_QUERIES, HOLDOUT_HARD_QUERIES, HOLDOUT_FRESH_QUERIES, HOLDOUT_BLIND4_QUERIES, HOLDOUT_BLIND5_QUERIES].filter((s) => s !== set)
  return [...sets.flatMap((s) => s.map((q) => q.query)), ...FAQ.map((e) => e.question)]
}

/** Questions asked twice within `set` (after normalising). */
export function repeatedQuestions(set: readonly EvalQuery[]): string[] {
  const seen = new Set<string>()
  return set.map((q) => normaliseQuestion(q.query)).filter((q) => seen.has(q) || !seen.add(q))
}

/** Questions of `set` that copy, or lightly reword (bigram similarity ≥ 0.7), a question outside it. */
export function copiesOfOthers(set: readonly EvalQuery[]): string[] {
  const others = questionsOutside(set)
  const exact = new Set(others.map(normaliseQuestion))
  return set.flatMap((q) =>
    exact.has(normaliseQuestion(q.query))
      ? [`${q.query} = (a question outside the set)`]
      : others.filter((o) => similarity(q.query, o) >= 0.7).map((o) => `${q.query} ≈ ${o}`)
  )
}

/** Questions with no acceptable answer, accepted articles that do not exist, ids not in the corpus. */
export function answerProblems(set: readonly EvalQuery[], docs: readonly Pick<SearchDoc, 'id'>[]): string[] {
  const ids = new Set(docs.map((d) => d.id))
  return set.flatMap((q) => [
    ...(q.accept.length + (q.ids?.length ?? 0) + (q.titleHas?.length ?? 0) === 0 ? [`${q.query}: no acceptable answer`] : []),
    ...q.accept.map(refProblem).filter(Boolean).map((p) => `${q.query}: ${p}`),
    ...(q.ids ?? []).filter((id) => !ids.has(id)).map((id) => `${q.query}: no document ${id}`),
  ])
}
