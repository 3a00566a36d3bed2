/** Pure logic of the 问答 pages (no Taro): recent searches, highlighting, result targets, entries. */
export { addRecentSearch, normalizeRecentQuery, RECENT_MAX, sanitizeRecent } from './recent'
export { cutSnippet, normalizeRanges, splitByRanges, type TextPart } from './highlight'
export { faqDetailRoute, GUIDE_PENDING_CHANNEL_KEY, KIND_LABELS, resultTarget, type ResultTarget } from './targets'
export { answerParagraphs, entriesOfTopic, pickByIds, relatedEntries, topicCounts } from './entries'
