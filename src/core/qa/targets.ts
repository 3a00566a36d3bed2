/**
 * Where a search result leads, and how its kind is labelled. Pure: the page (through
 * src/services/search.ts) performs the navigation.
 */
import type { SearchDocType, SearchResult } from '../search/types'
import { isCarried } from '../law/citations'
import { articleRoute, ROUTES, withQuery } from '../../routes'

/** Badges on result cards. */
export const KIND_LABELS: Record<SearchDocType, string> = {
  faq: '问答',
  article: '条文',
  card: '图解',
  channel: '引导'
}

/** Storage key the guide tab reads to open a channel card (switchTab cannot carry a query). */
export const GUIDE_PENDING_CHANNEL_KEY = 'guidePendingChannel'

export type ResultTarget =
  /** Open this url (navigateTo, or switchTab for tab pages). */
  | { kind: 'page'; url: string }
  /** Remember the channel for the guide tab, then switch to it. */
  | { kind: 'channel'; channelId: string; url: string }

/** The Q&A detail page of one entry. */
export function faqDetailRoute(id: string): string {
  return withQuery(ROUTES.qaDetail, { id })
}

/**
 * Where tapping a result goes: 问答 → its detail page; 条文 → the reader at that article with
 * the search words highlighted; 图解 → the cards of its chapter; 引导 → the guide tab.
 * `cardChapter` tells which regulation chapter a 图解 card belongs to.
 */
export function resultTarget(
  result: Pick<SearchResult, 'id' | 'type' | 'refs'>,
  query: string,
  cardChapter: (cardId: string) => number | undefined
): ResultTarget {
  const q = query.trim()
  switch (result.type) {
    case 'faq':
      return { kind: 'page', url: faqDetailRoute(result.id) }
    case 'article': {
      const ref = result.refs.find(isCarried)
      return { kind: 'page', url: ref ? articleRoute(ref, q || undefined) : ROUTES.toc }
    }
    case 'card':
      return { kind: 'page', url: withQuery(ROUTES.cards, { chapter: cardChapter(result.id) }) }
    case 'channel':
      return { kind: 'channel', channelId: result.id, url: ROUTES.guide }
  }
}
