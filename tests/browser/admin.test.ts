/**
 * The staff console in real Chromium against the real server: sign in, publish an event, see a
 * citizen's sign-up (made in the H5 app) appear, export the CSV, check in by typed code, and
 * check in by camera — Chromium's fake capture device fed a video (made with ffmpeg) of the QR
 * code the citizen's page drew.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { spawnServer, type RunningServer } from '../../scripts/spawn-server'
import { run as staffCli } from '../../scripts/cli/staff'
import { launchBrowser, phonePage, ROOT } from './harness'

jest.setTimeout(240_000)

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const EDITOR = { username: 'editor.chen', password: 'editor-password-1' }
const CHECKER = { username: 'door.li', password: 'checker-password-1' }

let dir: string
let server: RunningServer
let browser: Browser
let cameraBrowser: Browser | null = null

async function addStaff(dbUrl: string, username: string, displayName: string, role: string, password: string) {
  let err = ''
  const code = await staffCli(['add', '--username', username, '--display-name', displayName, '--role', role], {
    env: { DATABASE_URL: dbUrl },
    cwd: ROOT,
    readLine: async () => password,
    stdout: () => undefined,
    stderr: (s) => void (err += s)
  })
  if (code !== 0) throw new Error(`staff add ${username}: ${err}`)
}

beforeAll(async () => {
  for (const d of ['h5', 'admin']) if (!existsSync(join(ROOT, 'dist', d, 'index.html'))) throw new Error(`dist/${d} is missing: build it first`)
  dir = mkdtempSync(join(tmpdir(), 'yifa-admin-'))
  const dbUrl = `sqlite:${join(dir, 'app.db')}`
  // The way a bureau starts: accounts from the command line, before or after the server runs.
  await addStaff(dbUrl, EDITOR.username, '陈编辑', 'editor', EDITOR.password)
  await addStaff(dbUrl, CHECKER.username, '李门岗', 'checker', CHECKER.password)
  server = await spawnServer({ DATABASE_URL: dbUrl, STATIC_DIR: join(ROOT, 'dist', 'h5'), ADMIN_DIR: join(ROOT, 'dist', 'admin'), PUBLIC_BASE: 'https://xf.example.gov.cn' })
  browser = await launchBrowser()
})

afterAll(async () => {
  await cameraBrowser?.close()
  await browser?.close()
  if (server) {
    server.signal('SIGTERM')
    await server.exit
  }
  rmSync(dir, { recursive: true, force: true })
})

async function signIn(page: Page, who: { username: string; password: string }) {
  await page.goto(server.base + '/admin/')
  await page.getByLabel('用户名').fill(who.username)
  await page.getByLabel('密码').fill(who.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByLabel('当前登录').waitFor()
}

/** A citizen signs up in the H5 app; returns the code and a PNG of the QR the page drew. */
async function citizenSignsUp(eventId: string, name: string, phone: string): Promise<{ code: string; qrPng: Buffer }> {
  const { page, context, errors } = await phonePage(browser)
  await page.goto(`${server.base}/packages/events/pages/detail/index?id=${eventId}`)
  await page.getByRole('button', { name: /我要报名/ }).click()
  await page.waitForURL(/packages\/events\/pages\/signup/)
  await page.locator('[aria-label="姓名"] input').fill(name)
  await page.locator('[aria-label="手机号"] input').fill(phone)
  await page.getByRole('checkbox').click()
  await page.getByRole('button', { name: /提交/ }).click()
  await page.getByText(/报名成功/).filter({ visible: true }).first().waitFor()
  const code = ((await page.locator('.checkin-code').textContent()) ?? '').trim()
  const canvas = page.locator('canvas.checkin-canvas')
  await canvas.waitFor()
  const qrPng = await canvas.screenshot()
  expect(errors).toEqual([])
  await context.close()
  return { code, qrPng }
}

const inDays = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86400_000 + 8 * 3600_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(hour)}:00`
}

let eventId = ''
let secondCitizen: { code: string; qrPng: Buffer }

test('an editor signs in, publishes an event with the API rules and a preview, sees a sign-up, exports the CSV and checks in by typed code', async () => {
  const { page, context, errors } = await phonePage(browser)
  // Wrong password first: the one answer for every failed sign-in.
  await page.goto(server.base + '/admin/')
  await page.getByLabel('用户名').fill(EDITOR.username)
  await page.getByLabel('密码').fill('not-the-password')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor()
  await signIn(page, EDITOR)
  expect(await page.getByLabel('当前登录').textContent()).toContain('陈编辑（活动编辑）')

  // Publish: the form checks with the API's own rules and messages, and previews the citizen card.
  await page.getByRole('link', { name: '发布活动' }).click()
  const form = page.getByRole('form', { name: '活动信息' })
  await form.getByRole('button', { name: '发布' }).click()
  await form.getByText(/startsAt（开始时间）/).waitFor()
  await form.getByLabel('开始时间').fill(inDays(3, 9))
  await form.getByLabel('结束时间').fill(inDays(3, 8))
  await form.getByLabel('地点', { exact: true }).fill('（测试）社区礼堂')
  await form.getByLabel('名额').fill('5')
  await form.getByRole('button', { name: '发布' }).click()
  await form.getByText('请填写标题（title）').waitFor()
  await form.getByText('结束时间（endsAt）应晚于开始时间').waitFor()
  await form.getByLabel('标题').fill('工作台测试宣讲')
  await form.getByLabel('结束时间').fill(inDays(3, 11))
  const preview = page.getByLabel('预览')
  await preview.getByText('工作台测试宣讲').waitFor()
  expect(await preview.textContent()).toContain('剩余 5 个名额')
  await form.getByRole('button', { name: '发布' }).click()
  const card = page.locator('li.event', { hasText: '工作台测试宣讲' })
  await card.waitFor()
  eventId = (await card.getAttribute('data-event-id')) ?? ''
  expect(eventId).toMatch(/^ev_/)
  expect(await card.locator('.count-confirmed').textContent()).toBe('0/5')

  // The citizen sees it in the H5 app and signs up there.
  const citizen = await citizenSignsUp(eventId, '王测试', '13912345678')
  expect(citizen.code).toMatch(/^[2-9A-Z]{8}$/)
  secondCitizen = await citizenSignsUp(eventId, '赵扫码', '13787654321')

  // The list shows them, phones masked until revealed.
  await card.getByRole('link', { name: '报名名单' }).click()
  const row = page.locator('li.signup', { hasText: '王测试' })
  await row.waitFor()
  expect(await row.locator('.signup-phone').textContent()).toBe('139****5678')
  await row.getByRole('button', { name: /显示 王测试 的完整手机号/ }).click()
  await row.locator('.signup-phone', { hasText: '13912345678' }).waitFor()
  await page.getByRole('searchbox').fill('4321')
  await page.locator('li.signup', { hasText: '赵扫码' }).waitFor()
  expect(await page.locator('li.signup').count()).toBe(1)
  await page.getByRole('searchbox').fill('')

  // CSV export: a real download, with a BOM for Excel and both people in it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()])
  const csv = readFileSync((await download.path()) as string, 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv).toContain('王测试,13912345678,1,已确认')
  expect(csv).toContain('赵扫码')

  // Door check-in by typed code.
  await page.getByRole('link', { name: '门口签到' }).click()
  const status = page.getByRole('status')
  await page.getByLabel('签到码').fill(citizen.code.toLowerCase())
  await page.getByRole('button', { name: '签到', exact: true }).click()
  await status.getByText('签到成功').waitFor()
  expect(await status.textContent()).toContain('王**')
  expect(await status.textContent()).toContain('共 1 人')
  await page.locator('.count-in', { hasText: '1' }).waitFor()
  expect(await page.locator('.count-all').textContent()).toBe('2')
  await page.getByLabel('签到码').fill(citizen.code)
  await page.getByRole('button', { name: '签到', exact: true }).click()
  await status.getByText('已签到过').waitFor()
  await page.getByLabel('签到码').fill('ZZZZ2222')
  await page.getByRole('button', { name: '签到', exact: true }).click()
  await status.locator('.result-title', { hasText: '签到码不存在' }).waitFor()

  // Editors also see what citizens searched for without an answer (the search-miss report).
  await page.getByRole('link', { name: '搜索未答' }).click()
  await page.getByRole('heading', { name: '没找到答案的提问' }).waitFor()
  await page.getByText('近 30 天没有记录。').waitFor()

  // …and download the print files with their own session (the same PDFs as `cli -- print`).
  await page.getByRole('link', { name: '印刷品' }).click()
  await page.getByRole('heading', { name: '印刷品下载' }).waitFor()
  const href = await page.getByRole('link', { name: '下载 A4' }).getAttribute('href')
  const pdf = await page.request.get(new URL(href as string, page.url()).toString())
  expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf'])
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')

  expect(errors).toEqual([])
  await context.close()
})

test('a checker checks a citizen in by pointing the camera at the QR code the citizen’s page drew', async () => {
  expect(eventId).not.toBe('')
  // A video of the citizen's QR code, as a phone camera would see it held up at the door.
  const png = join(dir, 'qr.png')
  const y4m = join(dir, 'qr.y4m')
  writeFileSync(png, secondCitizen.qrPng)
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', png, '-vf', 'scale=480:480:flags=neighbor,pad=640:480:80:0:white,format=yuv420p', '-t', '2', '-r', '10', y4m])

  cameraBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m}`
    ]
  })
  const context = await cameraBrowser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' })
  await context.grantPermissions(['camera'], { origin: server.base })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await signIn(page, CHECKER)
  expect(await page.getByLabel('当前登录').textContent()).toContain('签到员')
  // A checker sees no list and no publishing.
  expect(await page.getByRole('link', { name: '报名名单' }).count()).toBe(0)
  expect(await page.getByRole('link', { name: '发布活动' }).count()).toBe(0)
  await page.locator('li.event', { hasText: '工作台测试宣讲' }).getByRole('link', { name: '门口签到' }).click()
  await page.getByRole('button', { name: '扫码签到' }).click()
  const status = page.getByRole('status')
  await status.getByText('签到成功').waitFor({ timeout: 30_000 })
  expect(await status.textContent()).toContain('赵**')
  expect(await status.textContent()).toContain(secondCitizen.code)
  await page.locator('.count-in', { hasText: '2' }).waitFor()
  await page.getByRole('button', { name: '关闭摄像头' }).click()
  expect(errors).toEqual([])
  await context.close()
})
