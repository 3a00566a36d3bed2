/**
 * The search-miss report from the app: a query that found nothing useful (or whose answer was
 * marked 没有帮助) goes to POST /api/feedback/search scrubbed (core/privacy/scrub) and with no
 * identifier at all — a client without the session token. Fire and forget: a failure is silent
 * and never bothers the citizen. Each query is sent at most once per kind per app run.
 */
import { createApiClient } from '../core/api/client'
import { feedbackKey, scrubSearchQuery } from '../core/privacy/scrub'
import { taroTransport } from './api'

const anonymous = createApiClient({ baseUrl: API_BASE, transport: taroTransport, retries: 0 })
const sent = new Set<string>()

export type SearchFeedbackKind = 'miss' | 'unhelpful'

export function reportSearchFeedback(query: string, kind: SearchFeedbackKind): void {
  const scrubbed = scrubSearchQuery(query)
  const key = feedbackKey(scrubbed)
  if (!key || sent.has(`${kind}:${key}`)) return
  sent.add(`${kind}:${key}`)
  anonymous.request('/api/feedback/search', { method: 'POST', data: { query: scrubbed, kind } }).catch(() => undefined)
}
