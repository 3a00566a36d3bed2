import { render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { addDays, beijingDate } from '@/core/date'
import type { PublicEvent } from '@/core/events/types'
import { UpcomingEvents } from './index'

const request = Taro.request as unknown as jest.Mock
const today = beijingDate(Date.now())
function event(id: string, inDays: number, status: PublicEvent['status'] = 'open'): PublicEvent {
  const date = addDays(today, inDays)
  return {
    id, kind: 'lecture', title: `宣讲${id}`, summary: '', startsAt: `${date}T09:30:00+08:00`, endsAt: `${date}T11:30:00+08:00`,
    venue: '（示例）社区中心', address: '', district: '思明', speaker: '', capacity: 30, seatsLeft: 10, status, latitude: 24.4, longitude: 118.1
  }
}

beforeEach(() => __reset())

test('shows the next joinable sessions in time order, at most `limit`', async () => {
  request.mockResolvedValue({
    statusCode: 200,
    data: { events: [event('c', 9), event('a', 2), event('x', 1, 'cancelled'), event('b', 5, 'full'), event('d', 20)] }
  })
  const { container } = render(<UpcomingEvents limit={3} />)
  await waitFor(() => expect(container.querySelectorAll('.event-card')).toHaveLength(3))
  const titles = Array.from(container.querySelectorAll('.event-title')).map((el) => el.textContent)
  expect(titles).toEqual(['宣讲a', '宣讲b', '宣讲c'])
  expect((request.mock.calls[0][0] as { url: string }).url).toContain(`/api/events?from=${today}&to=${addDays(today, 60)}`)
})

test('a designed empty state when nothing is planned', async () => {
  request.mockResolvedValueOnce({ statusCode: 200, data: { events: [] } })
  const { container } = render(<UpcomingEvents />)
  await waitFor(() => expect(container.textContent).toContain('近期还没有安排活动'))
})

test('offline, the last loaded sessions show with a notice', async () => {
  request.mockResolvedValueOnce({ statusCode: 200, data: { events: [event('a', 2)] } })
  const online = render(<UpcomingEvents />)
  await waitFor(() => expect(online.container.querySelectorAll('.event-card')).toHaveLength(1))
  online.unmount()
  request.mockResolvedValue({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '没有找到' } } })
  const offline = render(<UpcomingEvents />)
  await waitFor(() => expect(offline.container.textContent).toContain('上次加载的活动'))
  expect(offline.container.querySelectorAll('.event-card')).toHaveLength(1)
})

test('with nothing cached, a server error shows its Chinese message and a retry', async () => {
  request.mockResolvedValue({ statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '没有找到' } } })
  const { container } = render(<UpcomingEvents />)
  await waitFor(() => expect(container.textContent).toContain('近期活动暂时加载不了'))
  expect(container.textContent).toContain('没有找到')
  expect(container.querySelector('[aria-label="重新加载"]')).not.toBeNull()
})
