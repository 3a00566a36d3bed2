import Taro from '@tarojs/taro'
import { __reset } from './taro-mock'
import { EVENTS_CACHE_KEY, listEvents } from '../../src/services/events'
import { ensureSession } from '../../src/services/session'
import { SESSION_KEY } from '../../src/services/api'

const request = Taro.request as unknown as jest.Mock
const event = { id: 'ev_1', kind: 'lecture', title: '宣讲', startsAt: '2026-12-03T09:30:00+08:00', endsAt: '2026-12-03T11:30:00+08:00', district: '思明' }

beforeEach(() => __reset())

test('listEvents caches each answer and falls back to it, marked offline, when the network fails', async () => {
  request.mockResolvedValueOnce({ statusCode: 200, data: { events: [event] } })
  const fresh = await listEvents('2026-11-30', '2027-01-03')
  expect(fresh.offline).toBe(false)
  expect((request.mock.calls[0][0] as { url: string }).url).toBe('http://api.test/api/events?from=2026-11-30&to=2027-01-03')
  expect(Taro.getStorageSync(EVENTS_CACHE_KEY)).toHaveLength(1)

  request.mockRejectedValue({ errMsg: 'request:fail' })
  const cached = await listEvents('2026-11-30', '2027-01-03')
  expect(cached).toEqual({ events: [event], fetchedAt: fresh.fetchedAt, offline: true })
  // A filter the cache never saw is applied to the unfiltered cached answer.
  expect((await listEvents('2026-11-30', '2027-01-03', { district: '湖里' })).events).toEqual([])
  await expect(listEvents('2027-03-01', '2027-03-31')).rejects.toMatchObject({ code: 'NETWORK' })
}, 15000)

test('ensureSession logs in once, stores the token and reuses it', async () => {
  request.mockResolvedValue({ statusCode: 200, data: { token: 'tok-9', kind: 'device' } })
  const [a, b] = await Promise.all([ensureSession(), ensureSession()])
  expect([a, b]).toEqual(['tok-9', 'tok-9'])
  expect(await ensureSession()).toBe('tok-9')
  expect(request).toHaveBeenCalledTimes(1)
  expect(request.mock.calls[0][0]).toMatchObject({ url: 'http://api.test/api/session', method: 'POST', data: {} })
  expect(Taro.getStorageSync(SESSION_KEY)).toBe('tok-9')
})
