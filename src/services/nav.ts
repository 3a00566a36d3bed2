import Taro from '@tarojs/taro'
import type { ResultTarget } from '../core/qa/targets'
import { articleRoute, faqDetailRoute, ROUTES, TAB_ROUTES, withQuery } from '../routes'
import { writeStored } from './storage'

/** Storage key the guide tab reads to open a channel card (switchTab cannot carry a query). */
export const GUIDE_PENDING_CHANNEL_KEY = 'guidePendingChannel'

/** Opens any route: tab pages need switchTab, the rest navigateTo. */
export function go(url: string): void {
  const path = url.split('?')[0]
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
  } else {
    Taro.navigateTo({ url })
  }
}

/** Opens the 引导 tab at one channel's card (switchTab carries no query, so storage hands it over). */
export function openGuideChannel(channelId: string): void {
  writeStored(GUIDE_PENDING_CHANNEL_KEY, channelId)
  go(ROUTES.guide)
}

/** The page URL of a typed target (a channel's is the guide tab; openTarget names the channel). */
export function targetUrl(target: ResultTarget): string {
  switch (target.kind) {
    case 'faq':
      return faqDetailRoute(target.id, target.query)
    case 'article':
      return articleRoute(target.ref, target.highlight)
    case 'toc':
      return ROUTES.toc
    case 'cards':
      return withQuery(ROUTES.cards, { chapter: target.chapter })
    case 'channel':
      return ROUTES.guide
  }
}

/** Opens a typed target (a search result, a link from core). */
export function openTarget(target: ResultTarget): void {
  if (target.kind === 'channel') openGuideChannel(target.channelId)
  else go(targetUrl(target))
}
