/** Offline search for the 问答 page: see engine.ts (run time) and build.ts (build time). */
export { analyzeQuery, correctQuery, coverage, createSearchIndex, foldVariants, searchAnswer, decodePinyin, findRanges, highlight, makeSnippet, rank, search, warmSearchIndex } from './engine'
export type { QueryPlan, SearchIndex } from './engine'
export { buildIndexData, corpusIdsHash, FIELD_WEIGHTS, INDEX_VERSION } from './build'
export { normalize, normalizeQuery, parseNumber, smallNumberToChinese } from './normalize'
export { cjkTerms, segments, tokenize } from './tokenize'
export { splitPinyin, splitSyllables, SYLLABLES } from './pinyin'
export { SYNONYMS, TYPOS, STOP_CHARS, LONE_STOP_CHARS, DOMAIN_WORDS } from './tables'
export type { MatchRange, OldArticleNote, SearchAnswer, SearchDoc, SearchDocType, SearchIndexData, SearchNote, SearchOptions, SearchResult } from './types'
