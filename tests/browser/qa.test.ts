import { openTab, phonePage, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(90000)

test('typing 复查要多久 character by character finds the answer about 复查 (第三十五条) and opens it', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await openTab(page, '问答')
  await page.waitForURL(/pages\/qa/)
  await page.getByText('热门问题').filter({ visible: true }).first().waitFor()
  const input = page.locator('.qa-input input').first()
  await input.click()
  await page.keyboard.type('复查要多久', { delay: 80 })
  const first = page.locator('.result-card').first()
  await first.waitFor()
  await page.locator('.result-card .highlight', { hasText: '复查' }).first().waitFor()
  // The first card is about 复查 (its title or its snippet), whichever 复查 answer leads.
  expect((await first.textContent()) ?? '').toContain('复查')
  await first.click()
  await page.waitForURL(/packages\/qa\/pages\/detail\/index\?id=/)
  await page.getByText('简单地说').filter({ visible: true }).first().waitFor()
  const body = (await page.locator('.qa-detail').first().textContent()) ?? ''
  expect(body).toContain('复查')
  expect(body).toContain('第三十五条')
  expect(errors).toEqual([])
  await context.close()
})

test('a query that matches nothing offers the guide map and the contact channels', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/pages/qa/index')
  await page.getByText('热门问题').filter({ visible: true }).first().waitFor()
  await page.locator('.qa-input input').first().click()
  await page.keyboard.type('咖啡豆', { delay: 50 })
  await page.getByText('没找到合适的答案').filter({ visible: true }).first().waitFor()
  await page.getByText('您问的是：「咖啡豆」').filter({ visible: true }).first().waitFor()
  await page.locator('.no-answer [aria-label^="联系"]').filter({ visible: true }).first().click()
  await page.waitForURL(/packages\/about\/pages\/contact/)
  await page.getByText('示例数据：以信访局正式公布为准').filter({ visible: true }).first().waitFor()
  expect(errors).toEqual([])
  await context.close()
})
