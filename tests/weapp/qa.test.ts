import { findByText, loadPage, tap, waitFor, wxCalls } from './harness'

test('the compiled 问答 tab shows the search box, hot questions and topic chips', async () => {
  const page = loadPage('pages/qa/index')
  await waitFor(() => page.text().includes('热门问题'))
  const text = page.text()
  expect(text).toContain('信访有哪些方式？非得跑一趟吗？')
  expect(text).toContain('多长时间能知道我的事受不受理？')
  expect(text).toContain('复查和复核')
  expect(page.comp.dom.querySelector('input, [class*="qa-input"]')).not.toBeNull()
  const before = wxCalls.length
  tap(findByText(page.comp.dom, '信访有哪些方式？非得跑一趟吗？')!)
  await waitFor(() => wxCalls.slice(before).some((c) => c.api === 'navigateTo'))
  const call = wxCalls.slice(before).find((c) => c.api === 'navigateTo')!
  expect(call.options.url).toBe('/packages/qa/pages/detail/index?id=faq-channels')
})

test('the compiled detail page with an id shows the question, the short answer and the cited articles', async () => {
  const page = loadPage('packages/qa/pages/detail/index', { id: 'faq-review-reply-time' })
  await waitFor(() => page.text().includes('提出复查以后，多久能拿到复查意见？'))
  const text = page.text()
  expect(text).toContain('简单地说')
  expect(text).toContain('复查机关应当自收到复查请求之日起30日内提出复查意见')
  expect(text).toContain('《信访工作条例》第三十五条')
  expect(text).toContain('相关问题')
})
