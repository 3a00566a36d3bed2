/**
 * Where a search result leads, and how its kind is labelled. Pure and typed: src/services/nav.ts
 * turns a target into a page URL and opens it (core builds no URLs).
 */
import type { CarriedRef } from '../law/types'
import type { SearchDocType, SearchResult } from '../search/types'
import { isCarried } from '../law/citations'

/** Badges on result cards. */
export const KIND_LABELS: Record<SearchDocType, string> = {
  faq: '问答',
  article: '条文',
  card: '图解',
  channel: '引导'
}

export type ResultTarget =
  /** The Q&A detail page of one entry; `query` is the search that led there (for 「有帮助吗？」). */
  | { kind: 'faq'; id: string; query?: string }
  /** The reader at one article, `highlight` carrying the search words to mark. */
  | { kind: 'article'; ref: Pick<CarriedRef, 'law' | 'article'>; highlight?: string }
  /** The regulation's table of contents. */
  | { kind: 'toc' }
  /** The 图解 cards of a chapter (all chapters when unknown). */
  | { kind: 'cards'; chapter?: number }
  /** The guide tab, opened at one channel's card. */
  | { kind: 'channel'; channelId: string }

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
      return q ? { kind: 'faq', id: result.id, query: q } : { kind: 'faq', id: result.id }
    case 'article': {
      const ref = result.refs.find(isCarried)
      if (!ref) return { kind: 'toc' }
      return q ? { kind: 'article', ref: { law: ref.law, article: ref.article }, highlight: q } : { kind: 'article', ref: { law: ref.law, article: ref.article } }
    }
    case 'card':
      return { kind: 'cards', chapter: cardChapter(result.id) }
    case 'channel':
      return { kind: 'channel', channelId: result.id }
  }
}
