import Taro from '@tarojs/taro'
import { GUIDE_PENDING_CHANNEL_KEY } from '../core/qa/targets'
import { ROUTES, TAB_ROUTES } from '../routes'
import { writeStored } from './storage'

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
