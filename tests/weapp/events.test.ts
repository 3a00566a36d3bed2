import { findByText, loadPage, stubWx, tap, waitFor, wxCalls } from './harness'
import { beijingDate, toBeijingIso } from '../../src/core/date'

const today = beijingDate(Date.now())
const start = Date.parse(`${today}T23:00:00+08:00`)
const event = {
  id: 'ev_weapp1',
  kind: 'lawyer',
  title: '律师+信访 公益法律咨询（测试）',
  summary: '测试数据',
  startsAt: toBeijingIso(start),
  endsAt: toBeijingIso(start + 3600_000),
  venue: '测试社区服务中心',
  address: '厦门市思明区',
  district: '思明',
  speaker: '值班律师',
  capacity: 12,
  seatsLeft: 5,
  status: 'open',
  latitude: 24.44,
  longitude: 118.08
}

beforeAll(() => {
  stubWx('request', (opts) => {
    const url = String(opts.url)
    const data = url.includes('/api/events') ? { events: [event] } : { error: { code: 'NOT_FOUND', message: '不存在' } }
    const res = { statusCode: url.includes('/api/events') ? 200 : 404, data, header: {}, errMsg: 'request:ok' }
    ;(opts.success as (r: unknown) => void)?.(res)
    ;(opts.complete as (r: unknown) => void)?.(res)
  })
})

test('the compiled 活动 page renders the Monday-first calendar and the stubbed session of today', async () => {
  const page = loadPage('pages/events/index')
  await waitFor(() => page.text().includes('律师+信访 公益法律咨询（测试）'), 5000)
  const text = page.text()
  // Compiled class names carry a prefix (main--cal-weekday).
  const labels = Array.from(page.comp.dom.querySelectorAll('*'))
    .filter((el) => /(^|\s|--)cal-weekday(\s|$)/.test(el.getAttribute('class') ?? ''))
    .map((el) => (el.textContent ?? '').trim())
  expect(labels).toEqual(['一', '二', '三', '四', '五', '六', '日'])
  const [y, m] = today.split('-').map(Number)
  expect(text).toContain(`${y}年${m}月`)
  expect(text).toContain('剩余 5 个名额')
  expect(text).toContain('测试社区服务中心')
  // The API was asked for the visible weeks of this month.
  const call = wxCalls.find((c) => c.api === 'request' && String(c.options.url).includes('/api/events?'))
  expect(String(call?.options.url)).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
  // Tapping the card opens the detail page in the subpackage.
  const title = findByText(page.comp.dom, '律师+信访 公益法律咨询（测试）')!
  tap(title)
  await waitFor(() => wxCalls.some((c) => c.api === 'navigateTo'))
  expect(wxCalls.find((c) => c.api === 'navigateTo')!.options.url).toBe('/packages/events/pages/detail/index?id=ev_weapp1')
})
