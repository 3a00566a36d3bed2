import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import type { MySignup, PublicEvent } from '@/core/events/types'
import { SESSION_KEY } from '@/services/api'
import { MySignups } from './index'

type Req = { url: string; method: string; header: Record<string, string> }
const request = Taro.request as unknown as jest.Mock
const showModal = Taro.showModal as unknown as jest.Mock

const event: PublicEvent = {
  id: 'ev_1',
  kind: 'lecture',
  title: '《信访工作条例》巡回宣讲',
  summary: '',
  startsAt: '2026-12-03T09:30:00+08:00',
  endsAt: '2026-12-03T11:30:00+08:00',
  venue: '思明区社区服务中心',
  address: '',
  district: '思明',
  speaker: '',
  capacity: 40,
  seatsLeft: 10,
  status: 'open',
  latitude: 24.4,
  longitude: 118.1
}
const signup = (over: Partial<MySignup>): MySignup => ({
  id: 'sg_1',
  status: 'confirmed',
  position: null,
  checkinCode: 'ABCD2345',
  partySize: 2,
  name: '张*',
  phone: '138****8000',
  createdAt: '2026-11-26T10:00:00+08:00',
  checkedIn: false,
  event,
  ...over
})

let rows: MySignup[]
beforeEach(() => {
  __reset()
  Taro.setStorageSync(SESSION_KEY, 'tok-1')
  rows = [signup({}), signup({ id: 'sg_2', status: 'waitlisted', position: 2, checkinCode: 'WAIT3456' }), signup({ id: 'sg_3', status: 'cancelled', checkinCode: 'GONE7890' })]
  request.mockImplementation(async (req: Req) => {
    if (req.method === 'DELETE') {
      const id = req.url.split('/').pop()
      rows = rows.map((r) => (r.id === id ? { ...r, status: 'cancelled' } : r))
      return { statusCode: 200, data: { id, status: 'cancelled' } }
    }
    return { statusCode: 200, data: { signups: rows } }
  })
})

test('lists sign-ups with status, event and check-in code', async () => {
  const { findByText, getByText, queryByText, getAllByText } = render(<MySignups />)
  await findByText('已报名')
  expect(getByText('候补第 2 位')).toBeTruthy()
  expect(getByText('已取消')).toBeTruthy()
  expect(getAllByText('《信访工作条例》巡回宣讲')).toHaveLength(3)
  expect(getAllByText('2026年12月3日（星期四） 09:30–11:30').length).toBe(3)
  expect(getByText('ABCD2345')).toBeTruthy()
  expect(getByText('WAIT3456')).toBeTruthy()
  // A cancelled sign-up shows no code and cannot be cancelled again.
  expect(queryByText('GONE7890')).toBeNull()
  expect(getAllByText('取消报名')).toHaveLength(2)
  expect((request.mock.calls[0][0] as Req).header.Authorization).toBe('Bearer tok-1')
})

test('cancelling asks first; declining changes nothing', async () => {
  showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
  const { findByText, getAllByText } = render(<MySignups />)
  await findByText('已报名')
  fireEvent.click(getAllByText('取消报名')[0])
  await waitFor(() => expect(showModal).toHaveBeenCalled())
  expect(showModal.mock.calls[0][0]).toMatchObject({ title: '取消报名' })
  expect(request.mock.calls.some((c) => (c[0] as Req).method === 'DELETE')).toBe(false)
})

test('confirming cancels the sign-up and the list refreshes', async () => {
  const { findByText, getAllByText, getByText } = render(<MySignups />)
  await findByText('已报名')
  fireEvent.click(getAllByText('取消报名')[0])
  await waitFor(() => expect(request.mock.calls.some((c) => (c[0] as Req).method === 'DELETE')).toBe(true))
  const del = request.mock.calls.map((c) => c[0] as Req).find((r) => r.method === 'DELETE')!
  expect(del.url).toBe('http://api.test/api/me/signups/sg_1')
  await waitFor(() => expect(getAllByText('已取消')).toHaveLength(2))
  expect(getByText('候补第 2 位')).toBeTruthy()
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消报名' }))
})

test('without a session there is nothing to show and no login is made', async () => {
  Taro.removeStorageSync(SESSION_KEY)
  const { findByText } = render(<MySignups />)
  await findByText('还没有报名')
  expect(request).not.toHaveBeenCalled()
})

test('a failed load shows an error with 重试', async () => {
  request.mockResolvedValue({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '找不到' } } })
  const { findByText, getByRole } = render(<MySignups />)
  await findByText('我的报名加载失败')
  expect(getByRole('button', { name: '重试' })).toBeTruthy()
})

test('a confirmed sign-up shows its check-in QR again (on the check-in page); the waitlist gets none', async () => {
  const { findByText, getAllByText } = render(<MySignups />)
  await findByText('已报名')
  expect(getAllByText('出示签到二维码')).toHaveLength(1)
  fireEvent.click(getAllByText('出示签到二维码')[0])
  const navigateTo = Taro.navigateTo as unknown as jest.Mock
  expect(navigateTo).toHaveBeenCalledWith({ url: `/packages/events/pages/checkin/index?code=ABCD2345&title=${encodeURIComponent(event.title)}` })
})
