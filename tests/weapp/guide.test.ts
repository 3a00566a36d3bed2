import { findByText, loadPage, tap, waitFor, wxCalls } from './harness'

test('the compiled 引导 page: tapping through one path shows the channel card', async () => {
  const page = loadPage('pages/guide/index')
  await waitFor(() => page.text().includes('您遇到的是哪类事？'))
  expect(page.text()).toContain('第 1 步，共最多 3 步')

  const choose = async (label: string, next: string) => {
    const option = findByText(page.comp.dom, label)
    expect(option).toBeDefined()
    tap(option!)
    await waitFor(() => page.text().includes(next))
  }
  await choose('单位拖欠工资、被辞退等劳动纠纷', '您申请过劳动仲裁吗？')
  expect(page.text()).toContain('第 2 步，共最多 3 步')
  await choose('还没有', '劳动争议调解、仲裁')

  const text = page.text()
  for (const part of ['谁来办', '怎么开始', '要准备什么', '时间限制', '不要这样做', '您的回答']) expect(text).toContain(part)
  expect(text).toContain('申请仲裁的时效是1年')
  expect(text).toContain('劳动争议调解仲裁法第二十七条第一款')
  expect(text).toContain('分享这个结果')

  // A citation opens the reader at its article.
  tap(findByText(page.comp.dom, '劳动争议调解仲裁法第二十七条第一款')!)
  await waitFor(() => wxCalls.some((c) => c.api === 'navigateTo'))
  expect(wxCalls.find((c) => c.api === 'navigateTo')!.options.url).toBe('/packages/reader/pages/article/index?law=laodong-zhongcai-2007&article=27')

  // 上一步 goes back to the question.
  tap(findByText(page.comp.dom, '上一步')!)
  await waitFor(() => page.text().includes('您申请过劳动仲裁吗？'))
  page.comp.detach()
})

test('the compiled 引导 page reopens a shared result from its query', async () => {
  const page = loadPage('pages/guide/index', { a: '0-5-0' })
  await waitFor(() => page.text().includes('时间限制'))
  expect(page.text()).toContain('行政复议')
  expect(page.text()).toContain('60日内申请')
  page.comp.detach()
})
