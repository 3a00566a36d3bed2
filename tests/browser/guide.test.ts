import { openTab, phonePage, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(90000)

test('我被罚款了，不服: the guide leads to the 行政复议 card with its 60-day limit', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/')
  await page.getByText('依法信访引导图').filter({ visible: true }).first().waitFor()
  await openTab(page, '引导')
  await page.waitForURL(/pages\/guide/)
  await page.getByText('您遇到的是哪类事？').waitFor()
  await page.getByText('第 1 步，共最多 3 步').waitFor()

  await page.getByRole('button', { name: '被罚款、被拆迁、证照被拒等，对政府部门的决定不服' }).click()
  await page.getByText('第 2 步，共最多 3 步').waitFor()
  await page.getByRole('button', { name: '其他决定：罚款决定书、拆迁征收、证照被拒或被吊销等' }).click()
  await page.getByText('您打算先怎么做？').waitFor()
  await page.getByRole('button', { name: '先申请行政复议，请复议机关重新审查' }).click()

  const card = page.locator('.channel-card')
  await card.waitFor()
  await expect(card.locator('.channel-name').textContent()).resolves.toBe('行政复议')
  const limits = card.locator('.channel-limits')
  await expect(limits.textContent()).resolves.toContain('60日内申请')
  await expect(limits.getByRole('link', { name: '查看行政复议法第二十条第一款' }).count()).resolves.toBe(1)

  // The citation opens the reader at 行政复议法第二十条.
  await limits.getByRole('link', { name: '查看行政复议法第二十条第一款' }).click()
  await page.waitForURL(/packages\/reader\/pages\/article\/index\?law=xingzheng-fuyi-2023&article=20/)
  expect(errors).toEqual([])
  await context.close()
})

test('a shared guide link reopens the result; a broken one explains and starts afresh', async () => {
  const { page, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/pages/guide/index?a=0-5-0')
  await page.locator('.channel-name', { hasText: '行政复议' }).waitFor()
  await page.goto(suite.server.url + '/pages/guide/index?a=9-9-9')
  await page.getByRole('alert').filter({ hasText: '已为您从第一个问题开始' }).waitFor()
  await page.getByText('您遇到的是哪类事？').waitFor()
  await context.close()
})

test('deadline calculator: accepted on 2026-06-01 gives 2026年7月31日', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/guide/pages/deadline/index')
  await page.getByRole('radio', { name: '我的信访事项已被受理' }).click()
  const input = page.locator('.deadline-date-input input')
  await input.fill('2026-02-30')
  await page.getByRole('button', { name: '按输入的日期计算' }).click()
  await page.getByRole('alert').filter({ hasText: '请按“年-月-日”填写' }).waitFor()
  // Typed the way people write dates; the box then shows the date it understood.
  await input.fill('2026/6/1')
  await page.getByRole('button', { name: '按输入的日期计算' }).click()
  await expect(input.inputValue()).resolves.toBe('2026-06-01')
  await page.getByText('2026年7月31日（星期五）').waitFor()
  await page.getByText('计算依据').waitFor()
  await expect(page.getByText('到期没有答复怎么办').count()).resolves.toBe(2)

  // The same result from the query the guide and the process map link with.
  await page.goto(suite.server.url + '/packages/guide/pages/deadline/index?stage=accepted&date=2026-06-01')
  await page.getByText('2026年7月31日（星期五）').waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('a printed QR short link opens its channel card on H5; an unknown one lands on the home page with a note', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/p/guide/labor-arbitration')
  await page.waitForURL(/pages\/guide\/index\?channel=labor-arbitration/)
  await page.locator('.channel-name', { hasText: '劳动争议调解、仲裁' }).waitFor()
  await expect(page.locator('.channel-limits').textContent()).resolves.toContain('申请仲裁的时效是1年')
  await page.goto(suite.server.url + '/p/guide/no-such-channel')
  await page.waitForURL(/pages\/index\/index\?note=link-unknown/)
  await page.getByRole('alert').filter({ hasText: '无法识别' }).waitFor()
  expect(errors).toEqual([])
  await context.close()
})

test('with a keyboard: Tab reaches the guide’s answers (with a focus ring), Enter picks one, Space another, and a citation opens by Enter', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/pages/guide/index')
  await page.getByText('您遇到的是哪类事？').waitFor()
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      return { tag: el.tagName, role: el.getAttribute('role'), label: el.getAttribute('aria-label') ?? '', outline: getComputedStyle(el).outlineStyle }
    })
  const tabTo = async (label: RegExp) => {
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab')
      if (label.test((await focused()).label)) return focused()
    }
    throw new Error(`Tab never reached ${label}`)
  }
  expect(await tabTo(/^被罚款、被拆迁/)).toEqual({ tag: 'DIV', role: 'button', label: '被罚款、被拆迁、证照被拒等，对政府部门的决定不服', outline: 'solid' })
  await page.keyboard.press('Enter')
  await page.getByText('第 2 步，共最多 3 步').waitFor()
  await tabTo(/^其他决定：/)
  await page.keyboard.press('Space')
  await page.getByText('您打算先怎么做？').waitFor()
  await tabTo(/^先申请行政复议/)
  await page.keyboard.press('Enter')
  await page.locator('.channel-card .channel-name', { hasText: '行政复议' }).waitFor()
  expect(await tabTo(/^查看行政复议法第二十条第一款$/)).toMatchObject({ tag: 'DIV', role: 'link', outline: 'solid' })
  await page.keyboard.press('Enter')
  await page.waitForURL(/packages\/reader\/pages\/article\/index\?law=xingzheng-fuyi-2023&article=20/)
  expect(errors).toEqual([])
  await context.close()
})
