import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openTab, phonePage, ROOT, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(90000)

test('the home page shows the five tabs, and every tab opens', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  for (const tab of ['首页', '引导', '问答', '活动', '我的']) {
    await page.locator('.weui-tabbar__item', { hasText: tab }).first().waitFor()
  }
  mkdirSync(join(ROOT, 'docs'), { recursive: true })
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-home.png') })
  const expected: Record<string, RegExp> = { 引导: /pages\/guide/, 问答: /pages\/qa/, 活动: /pages\/events/, 我的: /pages\/mine/, 首页: /pages\/index|\/$/ }
  for (const [tab, path] of Object.entries(expected)) {
    await openTab(page, tab)
    await page.waitForURL(path)
  }
  expect(errors).toEqual([])
  await context.close()
})

test('关怀模式 in 我的 enlarges the text, and is remembered after a reload', async () => {
  const { page, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/pages/mine/index')
  const label = page.getByText('关怀模式', { exact: true })
  await label.waitFor()
  const sizeOf = () => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  // The tab bar sits outside the pages; its labels must grow too.
  const tabLabel = page.locator('.weui-tabbar__label', { hasText: '我的' }).first()
  const tabSizeOf = () => tabLabel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const before = await sizeOf()
  const tabBefore = await tabSizeOf()
  await page.getByRole('switch').or(page.locator('.taro-switch, taro-switch-core input, .weui-switch')).first().click()
  await page.waitForFunction(() => document.querySelector('.page.care') !== null)
  const after = await sizeOf()
  expect(after / before).toBeGreaterThanOrEqual(1.25)
  expect((await tabSizeOf()) / tabBefore).toBeGreaterThanOrEqual(1.25)
  await page.reload()
  await page.getByText('关怀模式', { exact: true }).waitFor()
  await page.waitForFunction(() => document.querySelector('.page.care') !== null)
  expect((await tabSizeOf()) / tabBefore).toBeGreaterThanOrEqual(1.25)
  await context.close()
})

test('an unknown address opens the home page instead of a blank screen', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/pages/nonexistent/index')
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/pages/index/index')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  expect(errors).toEqual([])
  await context.close()
})
