import Taro from '@tarojs/taro'
import { expiredDraftKeys } from '../core/privacy/draft'
import { removeStored } from './storage'

/** Deletes abandoned sign-up drafts (name and phone) past their time, for every event. */
export function sweepSignupDrafts(now = Date.now()): number {
  try {
    const keys = Taro.getStorageInfoSync().keys ?? []
    const expired = expiredDraftKeys(keys.map((k) => [k, Taro.getStorageSync(k)] as [string, unknown]), now)
    expired.forEach(removeStored)
    return expired.length
  } catch {
    return 0
  }
}
