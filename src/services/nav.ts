import Taro from '@tarojs/taro'
import { TAB_ROUTES } from '../routes'

/** Opens any route: tab pages need switchTab, the rest navigateTo. */
export function go(url: string): void {
  const path = url.split('?')[0]
  if (TAB_ROUTES.includes(path)) {
    Taro.switchTab({ url: path })
  } else {
    Taro.navigateTo({ url })
  }
}
