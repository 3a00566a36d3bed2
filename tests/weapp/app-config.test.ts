/** The compiled app.json and page configs: preloading, sitemap, share entry points, titles. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAQ } from '../../src/content/faq'
import { DIST, loadPage, waitFor } from './harness'

const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
const pages: string[] = [...app.pages, ...app.subPackages.flatMap((p: { root: string; pages: string[] }) => p.pages.map((x) => `${p.root}/${x}`))]
const pageJson = (page: string) => JSON.parse(readFileSync(join(DIST, `${page}.json`), 'utf8'))

test('the reader and events subpackages are preloaded', () => {
  const preloaded = Object.values(app.preloadRule as Record<string, { packages: string[] }>).flatMap((r) => r.packages)
  expect(preloaded).toEqual(expect.arrayContaining(['packages/reader', 'packages/events']))
  for (const page of Object.keys(app.preloadRule)) expect(pages).toContain(page)
})

test('sitemap.json ships and keeps personal pages out of WeChat search', () => {
  expect(app.sitemapLocation).toBe('sitemap.json')
  expect(existsSync(join(DIST, 'sitemap.json'))).toBe(true)
  const rules = JSON.parse(readFileSync(join(DIST, 'sitemap.json'), 'utf8')).rules as Array<{ action: string; page: string }>
  const disallowed = rules.filter((r) => r.action === 'disallow').map((r) => r.page)
  expect(disallowed).toEqual(expect.arrayContaining(['pages/mine/index', 'packages/events/pages/signup/index']))
  for (const page of disallowed) expect(pages).toContain(page)
})

test('every page title fits the navigation bar beside the capsule on a 320 pt phone (≤ 7 CJK characters)', () => {
  const width = (s: string) => Array.from(s).reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0)
  const tooLong = pages.map((p) => [p, pageJson(p).navigationBarTitleText ?? app.window.navigationBarTitleText]).filter(([, t]) => width(t) > 7)
  expect(tooLong).toEqual([])
})

test('articles and answers can be shared to 朋友圈, which reopens the same page', async () => {
  for (const [route, query, expected] of [
    ['packages/reader/pages/article/index', { law: 'xinfang-2022', article: '35' }, 'law=xinfang-2022&article=35'],
    ['packages/qa/pages/detail/index', { id: FAQ[0].id }, `id=${FAQ[0].id}`]
  ] as const) {
    const page = loadPage(route, { ...query })
    await waitFor(() => page.text().length > 0)
    const timeline = (page.comp.instance as unknown as { onShareTimeline?: () => { title: string; query: string } }).onShareTimeline
    expect(typeof timeline).toBe('function')
    const answer = timeline!.call(page.comp.instance)
    expect(answer.query).toBe(expected)
    expect(answer.title).toMatch(/\S/)
  }
})

test('the compiled tab pages answer onShareAppMessage with their own path', async () => {
  for (const [route, path] of [
    ['pages/index/index', '/pages/index/index'],
    ['pages/qa/index', '/pages/qa/index'],
    ['pages/events/index', '/pages/events/index'],
    ['pages/mine/index', '/pages/index/index']
  ]) {
    const page = loadPage(route)
    await waitFor(() => page.text().length > 0)
    const share = (page.comp.instance as unknown as { onShareAppMessage?: (o: unknown) => { title: string; path: string } }).onShareAppMessage
    expect(typeof share).toBe('function')
    const answer = share!.call(page.comp.instance, { from: 'menu' })
    expect(answer.path).toBe(path)
    expect(answer.title).toMatch(/\S/)
  }
})
