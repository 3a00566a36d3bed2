/** Pure logic of the 问答 pages (no Taro): recent searches, result targets, entries. */
export { addRecentSearch, normalizeRecentQuery, RECENT_MAX, sanitizeRecent } from './recent'
export { KIND_LABELS, resultTarget, type ResultTarget } from './targets'
export { answerParagraphs, citedArticles, entriesOfTopic, pickByIds, relatedEntries, topicCounts } from './entries'
