import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { missingHomeLinks } from '../home-links'
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

test('home: its links are plain <div>s that screen readers find by role and name, Tab reaches and Enter opens, and they open their pages', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await page.locator('.hot-question').first().waitFor()
  const links = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[role="link"]')).map((el) => ({ tag: el.tagName, label: el.getAttribute('aria-label') ?? '', cls: el.className, tabIndex: el.tabIndex }))
  )
  expect(missingHomeLinks(links.map((l) => l.label))).toEqual([])
  for (const l of links) expect(l.label).toMatch(/\S/)
  // The Markup components render these as <div> (src/components/Markup), not <taro-view-core>,
  // and as Actions they are in the tab order.
  const markup = links.filter((l) => /feature-tile|hot-question|section-more|clip-card-main/.test(String(l.cls)))
  expect(markup.length).toBeGreaterThanOrEqual(19)
  expect(new Set(markup.map((l) => l.tag))).toEqual(new Set(['DIV']))
  expect(new Set(markup.map((l) => l.tabIndex))).toEqual(new Set([0]))
  // Chromium's accessibility tree names them from aria-label, and the play glyph stays hidden.
  for (const l of markup) expect(await page.getByRole('link', { name: l.label, exact: true }).count()).toBeGreaterThanOrEqual(1)
  expect(await page.locator('.clip-card-play').first().getAttribute('aria-hidden')).toBe('true')
  await page.getByRole('link', { name: '信访问答：口语提问也能找到答案' }).click()
  await page.waitForURL(/pages\/qa/)

  // With a keyboard: from the top of a fresh home page, Tab reaches the first tile, which shows a
  // focus ring, and Enter opens its page.
  await page.goto(suite.server.url + '/')
  await page.locator('.hot-question').first().waitFor()
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return { cls: el.className, label: el.getAttribute('aria-label'), outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) }
    })
  const tile = page.getByRole('link', { name: '条例原文：《信访工作条例》6章50条' })
  expect(await tile.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none')
  let presses = 0
  while (!String((await focused()).cls).includes('feature-tile')) {
    expect(++presses).toBeLessThanOrEqual(10)
    await page.keyboard.press('Tab')
  }
  expect(await focused()).toEqual({ cls: 'feature-tile', label: '条例原文：《信访工作条例》6章50条', outline: 'solid', outlineWidth: expect.any(Number) })
  expect((await focused()).outlineWidth).toBeGreaterThanOrEqual(2)
  // The upcoming events between the tiles and the questions are in the tab order too.
  await page.locator('.event-card').first().waitFor()
  expect(new Set(await page.locator('.event-card').evaluateAll((els) => els.map((el) => (el as HTMLElement).tabIndex)))).toEqual(new Set([0]))
  await page.keyboard.press('Enter')
  await page.waitForURL(/packages\/reader\/pages\/toc/)
  await page.getByText('第一章 总则').filter({ visible: true }).first().waitFor()
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
