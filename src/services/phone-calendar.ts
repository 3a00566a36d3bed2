import Taro from '@tarojs/taro'
import { calendarFailure, phoneCalendarRequest } from '../core/calendar/phone'
import type { PublicEvent } from '../core/events/types'
import { PRIVACY_ERROR_TEXT } from '../core/privacy/errors'

export const CALENDAR_TEXT = {
  deniedTitle: '需要日历权限',
  deniedContent: '加入日历需要“添加到日历”的权限，您没有允许。可以到设置里打开这项权限，再点一次「加入日历」。',
  openSetting: '去设置',
  failed: '未能加入日历'
} as const

/** 加入日历 on weapp: numeric times, a way to 设置 after a refusal, the privacy errors explained. */
export async function addToPhoneCalendar(e: PublicEvent): Promise<void> {
  const request = phoneCalendarRequest(e)
  if (!request) {
    void Taro.showToast({ title: CALENDAR_TEXT.failed, icon: 'none' })
    return
  }
  try {
    // Taro's typings say endTime is a string; WeChat documents (and needs) a number of seconds.
    await Taro.addPhoneCalendar(request as unknown as Parameters<typeof Taro.addPhoneCalendar>[0])
  } catch (err) {
    const kind = calendarFailure(err)
    if (kind === 'cancelled') return
    if (kind === 'undeclared' || kind === 'refused') {
      void Taro.showModal({ title: '无法加入日历', content: PRIVACY_ERROR_TEXT[kind], showCancel: false })
      return
    }
    if (kind === 'denied') {
      const { confirm } = await Taro.showModal({ title: CALENDAR_TEXT.deniedTitle, content: CALENDAR_TEXT.deniedContent, confirmText: CALENDAR_TEXT.openSetting, cancelText: '暂不' })
      if (confirm) await Taro.openSetting().catch(() => undefined)
      return
    }
    void Taro.showToast({ title: CALENDAR_TEXT.failed, icon: 'none' })
  }
}
