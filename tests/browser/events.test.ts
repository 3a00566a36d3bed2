import { openTab, phonePage, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(120000)

test('活动 → pick a session → sign up → check-in code → 我的 shows it → cancel it', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  await openTab(page, '活动')
  await page.waitForURL(/pages\/events/)

  // The calendar: Monday first, and sample sessions marked by dots.
  await page.locator('.cal-weekday').first().waitFor()
  expect(await page.locator('.cal-weekday').allTextContents()).toEqual(['一', '二', '三', '四', '五', '六', '日'])
  // Next month's 3rd always has a sample session in the future (see src/config/sample-events.ts).
  await page.getByRole('button', { name: /^下个月/ }).click()
  // A new month opens on its first day with a session, not on an empty 1st.
  await page.locator('.event-card:visible').first().waitFor()
  const day3 = page.getByRole('button', { name: /^3日 / })
  await day3.waitFor()
  await page.locator('.cal-dot[aria-label^="有"]').first().waitFor()
  await day3.click()
  // The home tab stays in the DOM (hidden) with its own event cards: take the visible ones.
  const card = page.locator('.event-card:visible').first()
  await card.waitFor()
  const title = (await card.locator('.event-title').textContent())?.trim() ?? ''
  expect(title.length).toBeGreaterThan(0)
  await card.click()

  // Detail → 报名.
  await page.waitForURL(/packages\/events\/pages\/detail/)
  await page.getByText('加入日历').waitFor()
  await page.getByRole('button', { name: /我要报名|已满，可报名候补/ }).click()

  // The form: errors first, then a valid sign-up.
  await page.waitForURL(/packages\/events\/pages\/signup/)
  const submit = page.getByRole('button', { name: /提交/ })
  await submit.click()
  await page.getByText('请填写姓名').waitFor()
  await page.locator('[aria-label="姓名"] input').fill('测试用户')
  await page.locator('[aria-label="手机号"] input').fill('13800138000')
  await page.getByRole('checkbox').click()
  await submit.click()

  await page.getByText(/报名成功|候补第/).filter({ visible: true }).first().waitFor()
  const code = ((await page.locator('.checkin-code').textContent()) ?? '').trim()
  expect(code).toMatch(/^[A-Z0-9]{8}$/)
  expect(await page.locator('canvas.checkin-canvas').count()).toBe(1)

  // Back on the detail page, it says so instead of offering the form again.
  await page.goBack()
  await page.waitForURL(/packages\/events\/pages\/detail/)
  const mine = page.locator('.detail-mine').filter({ visible: true })
  await mine.getByText(/您已报名/).waitFor()
  expect(await mine.textContent()).toContain(code)

  // 我的 lists the sign-up with its code.
  await mine.getByRole('button', { name: '查看我的报名' }).click()
  await page.waitForURL(/pages\/mine/)
  const item = page.locator('.my-signup', { hasText: code })
  await item.waitFor()
  expect(await item.textContent()).toContain(title)
  expect(await item.locator('.signup-status').textContent()).toMatch(/已报名|候补第/)

  // Cancel, with confirmation.
  await item.getByRole('button', { name: /取消报名/ }).click()
  const modal = page.locator('.taro__modal')
  await modal.getByText('确定取消', { exact: false }).waitFor()
  await modal.getByText('取消报名', { exact: true }).last().click()
  await page.locator('.my-signup .signup-status', { hasText: '已取消' }).first().waitFor()
  expect(await page.locator('.my-signup', { hasText: code }).count()).toBe(0)

  expect(errors).toEqual([])
  await context.close()
})

test('the privacy notice states the retention period this server applies', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/events/pages/privacy/index')
  await page.locator('.privacy-title').waitFor()
  await page.getByText(/保存至活动结束后 21 日/).waitFor()
  expect(errors).toEqual([])
  await context.close()
})
