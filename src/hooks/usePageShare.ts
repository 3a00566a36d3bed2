import { useShareAppMessage } from '@tarojs/taro'

/** 转发 from a tab page's menu: the page itself, with a title that says what it offers. */
export function usePageShare(title: string, path: string): void {
  useShareAppMessage(() => ({ title, path }))
}
