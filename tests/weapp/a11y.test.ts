/**
 * Accessibility reaches WeChat: the compiled templates bind aria-role/aria-label (config/weapp-a11y)
 * and rendered pages carry them on their buttons, links, tabs, switches and headings.
 * j-component does not reflect aria-* onto its DOM, so the test resolves each rendered node's
 * template in base.wxml against the data the page sent: exactly what WeChat's renderer does.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { missingHomeLinks } from '../home-links'
import { DIST, loadPage, waitFor } from './harness'

const wxml = readFileSync(join(DIST, 'base.wxml'), 'utf8')

interface Tmpl {
  tag: string
  attrs: Record<string, string>
  light: boolean
}

/** Level-0 templates by node alias: tag, attribute → data key (`{{i.p5}}` → p5), light = tap only. */
const templates = new Map<string, Tmpl>()
for (const m of wxml.matchAll(/<template name="tmpl_0_(\d+)(?:_blur)?">\s*<([a-z-]+) ([^>]*)>/g)) {
  const attrs: Record<string, string> = {}
  for (const a of m[3].matchAll(/([a-z-]+)="\{\{i\.(p\d+)\}\}"/g)) attrs[a[1]] = a[2]
  templates.set(m[1], { tag: m[2], attrs, light: /bindtap="eh"/.test(m[3]) && !/bindtouchstart/.test(m[3]) })
}

interface DataNode {
  nn: string
  v?: string
  cn?: DataNode[]
  [key: string]: unknown
}

interface Rendered {
  tag: string
  text: string
  aria: Record<string, unknown>
  light: boolean
}

function textOf(node: DataNode): string {
  return node.v ?? (node.cn ?? []).map(textOf).join('')
}

/** Every rendered element with the aria-* values its template gives it. */
function rendered(page: ReturnType<typeof loadPage>): Rendered[] {
  const out: Rendered[] = []
  const walk = (node: DataNode) => {
    const t = templates.get(node.nn)
    if (t) {
      const aria: Record<string, unknown> = {}
      for (const [attr, key] of Object.entries(t.attrs)) if (attr.startsWith('aria-') && node[key] !== undefined) aria[attr] = node[key]
      out.push({ tag: t.tag, text: textOf(node), aria, light: t.light })
    }
    node.cn?.forEach(walk)
  }
  walk((page.comp.instance as unknown as { data: { root: DataNode } }).data.root)
  return out
}

test('base.wxml binds aria-role and aria-label on views, the light tap template included', () => {
  const views = wxml.match(/<view [^>]*>/g) ?? []
  const tapOnly = views.filter((v) => /bindtap="eh"/.test(v) && !/bindtouchstart/.test(v))
  expect(tapOnly.length).toBeGreaterThan(0)
  for (const v of tapOnly) expect(v).toMatch(/aria-role="\{\{i\.p\d+\}\}" aria-label="\{\{i\.p\d+\}\}"/)
  expect(wxml).toMatch(/<text [^>]*aria-label="\{\{i\.p\d+\}\}"/)
  expect(wxml).toMatch(/<switch [^>]*aria-label="\{\{i\.p\d+\}\}"/)
  expect(wxml).not.toMatch(/ role="/)
})

test('home: the feature tiles are links with labels, on the light tap template', async () => {
  const page = loadPage('pages/index/index')
  await waitFor(() => page.text().includes('依法信访引导图'))
  const tile = rendered(page).find((r) => r.text.startsWith('问信访问答'))
  expect(tile).toEqual({ tag: 'view', text: expect.any(String), aria: { 'aria-role': 'link', 'aria-label': '信访问答：口语提问也能找到答案' }, light: true })
  const links = rendered(page).filter((r) => r.aria['aria-role'] === 'link')
  expect(links.length).toBeGreaterThanOrEqual(8)
  for (const l of links) expect(l.aria['aria-label']).toEqual(expect.stringMatching(/\S/))
  // Every home link (tiles, section links, hot questions, clip cards: View in WeChat, <div> on H5).
  expect(missingHomeLinks(links.map((l) => String(l.aria['aria-label'])))).toEqual([])
})

test('guide: the question is a heading and every answer a labelled button', async () => {
  const page = loadPage('pages/guide/index')
  await waitFor(() => rendered(page).some((r) => r.aria['aria-role'] === 'heading'))
  const heading = rendered(page).find((r) => r.aria['aria-role'] === 'heading')!
  expect(heading.aria['aria-level']).toBe(2)
  const buttons = rendered(page).filter((r) => r.aria['aria-role'] === 'button')
  expect(buttons.length).toBeGreaterThanOrEqual(2)
  for (const b of buttons) {
    expect(b.aria['aria-label']).toEqual(expect.stringMatching(/\S/))
    expect(b.light).toBe(true)
  }
})

test('events: the view switch is a tablist whose tabs say which is selected', async () => {
  const page = loadPage('pages/events/index')
  await waitFor(() => rendered(page).some((r) => r.aria['aria-role'] === 'tab'))
  const tabs = rendered(page).filter((r) => r.aria['aria-role'] === 'tab')
  expect(tabs.map((t) => t.aria['aria-selected'])).toEqual([true, false])
  expect(tabs[0].aria['aria-label']).toBe('日历视图')
  expect(rendered(page).some((r) => r.aria['aria-role'] === 'tablist')).toBe(true)
})

test('我的: the 关怀模式 switch is labelled with its state', async () => {
  const page = loadPage('pages/mine/index')
  await waitFor(() => page.text().includes('关怀模式'))
  const sw = rendered(page).find((r) => r.tag === 'switch')
  expect(sw?.aria['aria-label']).toBe('关怀模式已关闭，点按开启')
})
