import type { CarriedRef, LawId } from './core/law/types'
import { LAW_IDS } from './core/law/ids'

/** Every page's path, in one place, so links never dangle. */
export const ROUTES = {
  home: '/pages/index/index',
  guide: '/pages/guide/index',
  qa: '/pages/qa/index',
  events: '/pages/events/index',
  mine: '/pages/mine/index',
  article: '/packages/reader/pages/article/index',
  toc: '/packages/reader/pages/toc/index',
  cards: '/packages/reader/pages/cards/index',
  process: '/packages/guide/pages/process/index',
  deadline: '/packages/guide/pages/deadline/index',
  qaDetail: '/packages/qa/pages/detail/index',
  clips: '/packages/media/pages/clips/index',
  player: '/packages/media/pages/player/index',
  posters: '/packages/media/pages/posters/index',
  eventDetail: '/packages/events/pages/detail/index',
  signup: '/packages/events/pages/signup/index',
  privacy: '/packages/events/pages/privacy/index',
  contact: '/packages/about/pages/contact/index',
  about: '/packages/about/pages/about/index'
} as const

export const TAB_ROUTES: string[] = [ROUTES.home, ROUTES.guide, ROUTES.qa, ROUTES.events, ROUTES.mine]

export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

/** The reader at one article; `highlight` carries the search words to mark. */
export function articleRoute(ref: Pick<CarriedRef, 'law' | 'article'>, highlight?: string): string {
  return withQuery(ROUTES.article, { law: LAW_IDS[ref.law], article: ref.article, q: highlight })
}

/** The Q&A detail page of one entry. */
/** The Q&A detail page of one entry (with the search that led there, for 「有帮助吗？」). */
export function faqDetailRoute(id: string, query?: string): string {
  return withQuery(ROUTES.qaDetail, { id, q: query || undefined })
}

export function articleRouteById(law: LawId, article: number): string {
  return withQuery(ROUTES.article, { law, article })
}
