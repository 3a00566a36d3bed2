import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import type { PublicEvent } from '@/core/events/types'
import { ROUTES, withQuery } from '@/routes'
import { EventCard } from './index'

beforeEach(() => __reset())

const base: PublicEvent = {
  id: 'ev_1',
  kind: 'lawyer',
  title: '律师+信访 公益法律咨询',
  summary: '',
  startsAt: '2026-12-03T09:30:00+08:00',
  endsAt: '2026-12-03T12:30:00+08:00',
  venue: '湖里区社区服务中心',
  address: '',
  district: '湖里',
  speaker: '',
  capacity: 12,
  seatsLeft: 4,
  status: 'open',
  latitude: 24.5,
  longitude: 118.1
}

test('shows the kind badge, title, date and time, venue, district and seats left', () => {
  const { container, getByText } = render(<EventCard event={base} today='2026-11-26' />)
  expect(getByText('律师+信访')).toBeTruthy()
  expect(getByText('律师+信访 公益法律咨询')).toBeTruthy()
  expect(getByText('2026年12月3日（星期四） 09:30–12:30')).toBeTruthy()
  expect(container.textContent).toContain('湖里区社区服务中心（湖里区）')
  expect(getByText('剩余 4 个名额')).toBeTruthy()
  expect(getByText('7 天后')).toBeTruthy()
})

test.each([
  ['full', '已满，可候补'],
  ['closed', '已结束'],
  ['cancelled', '已取消']
] as const)('status %s reads 「%s」', (status, text) => {
  const { getByText, container } = render(<EventCard event={{ ...base, status, seatsLeft: 0 }} />)
  expect(getByText(text)).toBeTruthy()
  expect(container.firstElementChild!.className).toContain(`event-${status}`)
  expect(container.firstElementChild!.getAttribute('aria-label')).toContain(text)
})

test('without the date only the time shows; a tap opens the detail page', () => {
  const { getByText, getByRole } = render(<EventCard event={base} showDate={false} />)
  expect(getByText('09:30–12:30')).toBeTruthy()
  fireEvent.click(getByRole('link'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: withQuery(ROUTES.eventDetail, { id: 'ev_1' }) })
})
