import { findByText, loadPage, tap, waitFor, wxCalls } from './harness'

test('the compiled home page renders its feature cards', async () => {
  const page = loadPage('pages/index/index')
  await waitFor(() => page.text().includes('依法信访引导图'))
  const text = page.text()
  for (const label of ['条例原文', '条例图解', '信访问答', '活动报名', '动漫宣传片', '普法海报', '联系信访部门']) {
    expect(text).toContain(label)
  }
})

test('the compiled 我的 page shows the 关怀模式 switch', async () => {
  const page = loadPage('pages/mine/index')
  await waitFor(() => page.text().includes('关怀模式'))
  expect(page.text()).toContain('字更大')
  expect(wxCalls.length).toBeGreaterThanOrEqual(0)
})

test('tapping a tab feature on the home page switches to that tab, which renders', async () => {
  const home = loadPage('pages/index/index')
  await waitFor(() => home.text().includes('信访问答'))
  const tile = findByText(home.comp.dom, '信访问答')
  expect(tile).toBeDefined()
  tap(tile!)
  await waitFor(() => wxCalls.some((c) => c.api === 'switchTab'))
  const call = wxCalls.find((c) => c.api === 'switchTab')!
  expect(call.options.url).toBe('/pages/qa/index')
  const qa = loadPage('pages/qa/index')
  await waitFor(() => qa.text().includes('热门问题'))
})
