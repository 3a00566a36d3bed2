import { findByText, loadPage, tap, waitFor, wxCalls } from './harness'

test('the compiled reader opened with ?law=xinfang-2022&article=35 shows 第三十五条 and its text', async () => {
  const page = loadPage('packages/reader/pages/article/index', { law: 'xinfang-2022', article: '35' })
  await waitFor(() => page.text().includes('第三十五条'))
  const text = page.text()
  expect(text).toContain('信访人对信访处理意见不服的')
  expect(text).toContain('第四章 信访事项的办理')
  expect(text).toContain('解读')
  expect(text).toContain('第三十六条')
})

test('收藏 in the compiled reader writes the favourite to wx storage', async () => {
  const page = loadPage('packages/reader/pages/article/index', { law: 'xinfang-2022', article: '35' })
  await waitFor(() => page.text().includes('☆ 收藏'))
  tap(findByText(page.comp.dom, '☆ 收藏')!)
  await waitFor(() => page.text().includes('★ 已收藏'))
  const stored = (globalThis as unknown as { wx: { getStorageSync: (k: string) => unknown } }).wx.getStorageSync('favourites')
  expect(stored).toEqual([{ law: 'xinfang-2022', article: 35 }])
})

test('复制条文 calls wx.setClipboardData with the article', async () => {
  const page = loadPage('packages/reader/pages/article/index', { law: 'xinfang-2022', article: '35' })
  await waitFor(() => page.text().includes('复制条文'))
  tap(findByText(page.comp.dom, '复制条文')!)
  await waitFor(() => wxCalls.some((c) => c.api === 'setClipboardData'))
  const call = wxCalls.find((c) => c.api === 'setClipboardData')!
  expect(String(call.options.data)).toContain('信访人对信访处理意见不服的')
})

test('the compiled 图解 page renders a card headline', async () => {
  const page = loadPage('packages/reader/pages/cards/index', { chapter: '1' })
  await waitFor(() => page.text().includes('信访是群众和机关之间的一座桥'))
  expect(page.text()).toContain('第一章 总则')
  expect(page.text()).toContain('看条文')
})

test('the compiled 目录 lists the chapters', async () => {
  const page = loadPage('packages/reader/pages/toc/index')
  await waitFor(() => page.text().includes('第六章 附则'))
  expect(page.text()).toContain('跳到第几条')
})
