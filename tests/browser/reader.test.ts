import { openTab, phonePage, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(90000)

test('the H5 deep link opens 第三十五条; 收藏 survives a reload and shows in 我的', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/reader/pages/article/index?law=xinfang-2022&article=35')
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  await page.getByText('第三十五条', { exact: true }).filter({ visible: true }).first().waitFor()
  await page.getByRole('button', { name: '收藏第三十五条' }).click()
  await page.getByText('★ 已收藏').waitFor()
  await page.reload()
  await page.getByText('★ 已收藏').waitFor()
  // 我的 is a tab page: open it the way a citizen would, from the home page's tab bar.
  await page.goto(suite.server.url + '/')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  await openTab(page, '我的')
  await page.waitForURL(/pages\/mine/)
  const list = page.locator('.favourite-list')
  await list.getByText('第三十五条', { exact: true }).waitFor()
  await list.getByText(/^信访人对信访处理意见不服的/).waitFor()
  // Tapping the favourite opens the reader at that article.
  await list.getByRole('link', { name: '打开第三十五条' }).click()
  await page.waitForURL(/article=35/)
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('the 目录 jump box opens 第三十五条 from 「第三十五条」 and explains what it cannot open', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/reader/pages/toc/index')
  await page.getByText('第六章 附则').waitFor()
  const input = page.locator('.article-jump-input input').first()
  await input.fill('51')
  await page.getByRole('button', { name: '打开这一条' }).click()
  await page.getByRole('alert').getByText(/共50条，没有第五十一条/).waitFor()
  await input.fill('abc')
  await page.getByRole('button', { name: '打开这一条' }).click()
  await page.getByRole('alert').getByText(/看不懂/).waitFor()
  await input.fill('第三十五条')
  await page.getByRole('button', { name: '打开这一条' }).click()
  await page.waitForURL(/article=35/)
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('an unknown article shows an error that leads to the 目录', async () => {
  const { page, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/reader/pages/article/index?law=xinfang-2022&article=51')
  await page.getByText('没有找到这一条').waitFor()
  await page.getByText('共50条，没有第五十一条', { exact: false }).waitFor()
  await page.getByRole('button', { name: '打开目录' }).click()
  await page.waitForURL(/pages\/toc/)
  await page.getByText('第一章 总则').filter({ visible: true }).first().waitFor()
  await context.close()
})

test('a hand-written link with the Chinese law name and 第三十五条 opens the same article', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  const query = `law=${encodeURIComponent('信访工作条例')}&article=${encodeURIComponent('第三十五条')}`
  await page.goto(suite.server.url + '/packages/reader/pages/article/index?' + query)
  await page.locator('.article-text').getByText('信访人对信访处理意见不服的', { exact: false }).first().waitFor()
  // Opened from a shared link there is no page to go back to: the bar offers the home page.
  await page.locator('.taro-navigation-bar-home').click()
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('the 图解 page shows a card with its picture, and 下一张 moves on', async () => {
  const { page, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/reader/pages/cards/index?chapter=1')
  await page.getByText('信访是群众和机关之间的一座桥').filter({ visible: true }).first().waitFor()
  const img = page.locator('.cards-swiper img').first()
  await img.waitFor({ state: 'attached' })
  await page.waitForFunction(() => {
    const el = document.querySelector('.cards-swiper img') as HTMLImageElement | null
    return !!el && el.complete && el.naturalWidth > 0
  })
  await page.getByRole('button', { name: '下一张' }).click()
  await page.getByText('不只是政府，许多机关单位都要做信访工作').filter({ visible: true }).first().waitFor()
  await context.close()
})
