/**
 * The 问答 search as the pages use it: the prebuilt index (loaded once, on first use), recent
 * searches in storage, and opening a result. Thin: ranking lives in src/core/search, list maths
 * and targets in src/core/qa.
 */
import { search, searchAnswer } from '../core/search'
import type { SearchAnswer, SearchResult } from '../core/search/types'
import { addRecentSearch, sanitizeRecent } from '../core/qa/recent'
import { resultTarget } from '../core/qa/targets'
import { EXPLAINERS } from '../content/explainers'
import { getSearchIndex } from '../search/corpus'
import { openTarget } from './nav'
import { readStored, removeStored, writeStored } from './storage'

export const RECENT_SEARCHES_KEY = 'qaRecentSearches'

/**
 * Results for one query, best first (at most `limit`); [] for an empty query. The index is built
 * on the first call (the JSON ships in the bundle; decoding it takes a few tens of ms).
 */
export function searchAll(query: string, limit = 20): SearchResult[] {
  if (!query.trim()) return []
  return search(getSearchIndex(), query, { limit })
}

/**
 * Results with what the page shows around them: notes about the query, the fitting guide
 * channels and whether anything scored well enough (else the 「没找到合适的答案」 screen).
 */
export function answerQuery(query: string, limit = 20): SearchAnswer {
  return searchAnswer(getSearchIndex(), query, { limit })
}

/** Loads the index ahead of the first keystroke (the page calls this once it is on screen). */
export function warmUpSearch(): void {
  try {
    getSearchIndex()
  } catch {
    // Reported when the user actually searches.
  }
}

export function readRecentSearches(): string[] {
  return sanitizeRecent(readStored<unknown>(RECENT_SEARCHES_KEY, []))
}

/** Remembers a query (newest first, no duplicates, at most 8); returns the new list. */
export function recordRecentSearch(query: string): string[] {
  const list = addRecentSearch(readRecentSearches(), query)
  writeStored(RECENT_SEARCHES_KEY, list)
  return list
}

export function clearRecentSearches(): void {
  removeStored(RECENT_SEARCHES_KEY)
}

/** The regulation chapter a 图解 card belongs to. */
export function cardChapter(cardId: string): number | undefined {
  return EXPLAINERS.find((ch) => ch.cards.some((c) => c.id === cardId))?.chapter
}

/**
 * Opens a result: records the query among recent searches, then navigates. A guide channel is
 * handed to the guide tab through storage (switchTab carries no query).
 */
export function openResult(result: Pick<SearchResult, 'id' | 'type' | 'refs'>, query: string): void {
  if (query.trim()) recordRecentSearch(query)
  openTarget(resultTarget(result, query, cardChapter))
}
