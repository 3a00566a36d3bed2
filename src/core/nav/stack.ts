/**
 * How to open a page so navigation never dies at WeChat's 10-page stack (navigateTo fails once
 * ten pages are open): tab pages switch; near the limit the top page is replaced; a full stack
 * starts over. Pure: the service passes the current depth.
 */

export const MAX_PAGE_STACK = 10

export type NavMethod = 'switchTab' | 'navigateTo' | 'redirectTo' | 'reLaunch'

export function navMethod(opts: { isTab: boolean; depth: number }): NavMethod {
  if (opts.isTab) return 'switchTab'
  // Keep the last slot free: WeChat opens shared links and notifications on top of the stack.
  if (opts.depth < MAX_PAGE_STACK - 1) return 'navigateTo'
  if (opts.depth < MAX_PAGE_STACK) return 'redirectTo'
  return 'reLaunch'
}
