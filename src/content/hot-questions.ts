import type { FaqEntry } from '../core/content/types'
import { pickByIds } from '../core/qa/entries'
import { FAQ } from './faq'

/**
 * 热门问题: the questions citizens ask most, shown on the 问答 page (before typing) and on the
 * home page. Curated: ways to petition, the 15-day notice, handling time, what to do when not
 * satisfied (复查), which road (wages owed), and the conduct rules.
 */
export const HOT_QUESTION_IDS: readonly string[] = [
  'faq-channels',
  'faq-notice-15-days',
  'faq-handling-60-days',
  'faq-review-deadline',
  'faq-wages-owed',
  'faq-prohibited-acts'
]

/** The hot questions as entries, in the curated order (ids that no longer exist are skipped). */
export function hotQuestions(limit = HOT_QUESTION_IDS.length): FaqEntry[] {
  return pickByIds(FAQ, HOT_QUESTION_IDS).slice(0, limit)
}
