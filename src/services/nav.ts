import Taro from '@tarojs/taro'
import { navMethod } from '../core/nav/stack'
import { GUIDE_PENDING_CHANNEL_KEY } from '../core/qa/targets'
import { ROUTES, TAB_ROUTES } from '../routes'
import { writeStored } from './storage'

/** Opens any route: tab pages need switchTab, the rest navigateTo, or redirectTo/reLaunch when the stack is deep. */
export function go(url: string): void {
  const path = url.split('?')[0]
  const method = navMethod({ isTab: TAB_ROUTES.includes(path), depth: Taro.getCurrentPages().length })
  if (method === 'switchTab') Taro.switchTab({ url: path })
  else if (method === 'navigateTo') Taro.navigateTo({ url })
  else if (method === 'redirectTo') Taro.redirectTo({ url })
  else Taro.reLaunch({ url })
}

/** Opens the 引导 tab at one channel's card (switchTab carries no query, so storage hands it over). */
export function openGuideChannel(channelId: string): void {
  writeStored(GUIDE_PENDING_CHANNEL_KEY, channelId)
  go(ROUTES.guide)
}
