/**
 * The search-miss report's API contract, written once (TypeBox): the server validates and
 * serialises with it, the CLI prints the same shape, the app imports only the types.
 * POST /api/feedback/search carries no identifier: only the (scrubbed) words and why.
 */
import { Type, type Static } from '@sinclair/typebox'
import { FEEDBACK_QUERY_MAX } from '../privacy/scrub'

export const SEARCH_FEEDBACK_KINDS = ['miss', 'unhelpful'] as const
export type SearchFeedbackKind = (typeof SEARCH_FEEDBACK_KINDS)[number]

export const SearchFeedbackBody = Type.Object(
  {
    // Longer than the search box takes, so a pasted sentence is cut by the scrubber, not refused.
    query: Type.String({ minLength: 1, maxLength: FEEDBACK_QUERY_MAX * 4, title: '搜索内容' }),
    kind: Type.Union(SEARCH_FEEDBACK_KINDS.map((k) => Type.Literal(k)), { title: '反馈类型' })
  },
  { additionalProperties: false }
)
export type SearchFeedbackBody = Static<typeof SearchFeedbackBody>

/** Query strings stay strings (the server does not coerce types): 1–90 days, 1–500 rows. */
export const SearchFeedbackReportQuery = Type.Object(
  {
    days: Type.Optional(Type.String({ pattern: '^(?:[1-9]|[1-8][0-9]|90)$', title: '天数（1–90）' })),
    limit: Type.Optional(Type.String({ pattern: '^(?:[1-9][0-9]{0,1}|[1-4][0-9]{2}|500)$', title: '条数（1–500）' }))
  },
  { additionalProperties: false }
)

export const SearchFeedbackRow = Type.Object({
  query: Type.String(),
  misses: Type.Integer(),
  unhelpful: Type.Integer(),
  total: Type.Integer(),
  /** Days (within the range) on which it was reported. */
  days: Type.Integer(),
  lastDay: Type.String()
})
export type SearchFeedbackRow = Static<typeof SearchFeedbackRow>

export const SearchFeedbackReport = Type.Object({
  from: Type.String(),
  to: Type.String(),
  queries: Type.Array(SearchFeedbackRow)
})
export type SearchFeedbackReport = Static<typeof SearchFeedbackReport>
