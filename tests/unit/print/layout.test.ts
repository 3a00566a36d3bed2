import { GUIDE_TREE } from '../../../src/content/guide/tree'
import { CHANNELS } from '../../../src/content/guide/channels'
import { printCitations } from '../../../src/core/print/cite'
import { layoutGuideMap, printedChannels } from '../../../src/core/print/guide-map'
import { layoutPoster } from '../../../src/core/print/poster'
import { qrMatrix, qrPath } from '../../../src/core/print/qr'
import { stretchPath, svgToOps } from '../../../src/core/print/svg'
import { PT_MM, type DrawOp, type Measure, type PrintPage } from '../../../src/core/print/types'
import { wrapText } from '../../../src/core/print/wrap'
import { cite } from '../../../src/core/law/citations'

/** Like Noto Sans CJK: ideographs and full-width punctuation 1 em, Latin and digits about half. */
const measure: Measure = (text, sizePt) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 256 ? 0.55 : 1), 0) * sizePt * PT_MM

describe('wrapText', () => {
  const em = 10 * PT_MM
  test('breaks Chinese anywhere but keeps closing punctuation off a line start and numbers whole', () => {
    expect(wrapText('一二三四，五六七', 4 * em, 10, 'regular', measure)).toEqual(['一二三', '四，五六', '七'])
    const lines = wrapText('自收到裁决书之日起15日内起诉', 9.2 * em, 10, 'regular', measure)
    expect(lines.join('')).toBe('自收到裁决书之日起15日内起诉')
    expect(lines.some((l) => l.endsWith('1') || l.startsWith('5'))).toBe(false)
    for (const l of wrapText('他说：「你好」。我们（大家）走吧！', 3 * em, 10, 'regular', measure)) {
      expect(l[0]).not.toMatch(/[，。、；：？！）》」]/)
      expect(l[l.length - 1]).not.toMatch(/[（《「]/)
    }
  })
  test('lines may have different widths (text beside a QR code, then under it)', () => {
    expect(wrapText('一二三四五六七八', (i) => (i === 0 ? 2 * em : 4 * em), 10, 'regular', measure)).toEqual(['一二', '三四五六', '七八'])
  })
})

test('citations for print name their law, once per article, in order', () => {
  expect(printCitations([cite('行政复议法', 20, 1), cite('行政复议法', 20), cite('信访工作条例', 31, undefined, 4), cite('行政复议法', 11), cite('民法典', 188)])).toBe(
    '《行政复议法》第十一条、第二十条第一款；《信访工作条例》第三十一条第四项；《民法典》第一百八十八条'
  )
})

test('a QR code is drawn as one path of module runs', () => {
  const m = qrMatrix('https://xf.example.gov.cn/p/guide/labor-arbitration')
  expect(m.length).toBeGreaterThanOrEqual(25)
  const d = qrPath(m)
  const dark = m.flat().filter(Boolean).length
  const covered = [...d.matchAll(/h(\d+)/g)].reduce((n, x) => n + Number(x[1]), 0)
  expect(covered).toBe(dark)
})

describe('svgToOps', () => {
  test('places shapes and text, composes translate and scale, inherits paint from groups', () => {
    const ops = svgToOps(
      '<svg><g transform="translate(100,50) scale(2)" fill="#FF0000"><rect x="1" y="2" width="3" height="4" rx="1"/><circle cx="0" cy="0" r="5"/></g>' +
        '<text font-size="20" font-weight="700" fill="#000000" text-anchor="middle"><tspan x="10" y="30">甲&amp;乙</tspan></text>' +
        '<g fill="none" stroke="#00FF00" stroke-width="4"><line x1="0" y1="0" x2="10" y2="0"/></g></svg>',
      { x: 5, y: 5, scale: 0.5 }
    )
    expect(ops[0]).toEqual({ op: 'rect', x: 5 + 0.5 * 102, y: 5 + 0.5 * 54, w: 3, h: 4, radius: 1, fill: '#FF0000' })
    expect(ops[1]).toMatchObject({ op: 'ellipse', cx: 55, cy: 30, rx: 5, ry: 5, fill: '#FF0000' })
    expect(ops[2]).toMatchObject({ op: 'text', x: 10, y: 20, text: '甲&乙', weight: 'bold', align: 'center' })
    expect((ops[2] as Extract<DrawOp, { op: 'text' }>).sizePt).toBeCloseTo(10 / PT_MM)
    expect(ops[3]).toMatchObject({ op: 'line', x1: 5, x2: 10, stroke: '#00FF00', strokeWidth: 2 })
    expect(ops[3]).not.toHaveProperty('fill')
  })
  test('mirrors paths for scale(-1,1) and refuses what it cannot draw', () => {
    expect(stretchPath('M10 5L-2 3Q4 4 6 6Z', -1)).toBe('M-10 5L2 3Q-4 4 -6 6Z')
    const [path] = svgToOps('<g transform="translate(10,0) scale(-1,1)"><path d="M1 0L2 0"/></g>', { x: 0, y: 0, scale: 1 })
    expect(path).toMatchObject({ op: 'path', d: 'M-1 0L-2 0', x: 10, scale: 1 })
    expect(() => svgToOps('<image href="x.png"/>', { x: 0, y: 0, scale: 1 })).toThrow(/unsupported element/)
    expect(() => svgToOps('<g transform="rotate(45)"></g>', { x: 0, y: 0, scale: 1 })).toThrow(/unsupported transform/)
    expect(() => svgToOps('<rect x=1 />', { x: 0, y: 0, scale: 1 })).toThrow(/cannot read/)
  })
})

/** Every text and code stays inside the safe area; backgrounds reach the bleed. */
function checkPage(page: PrintPage) {
  const inSafe = (x: number, y: number) => x >= page.safe - 0.01 && x <= page.width - page.safe + 0.01 && y >= page.safe - 0.01 && y <= page.height - page.safe + 0.01
  for (const o of page.ops) {
    if (o.op === 'qr') {
      expect([o.url, inSafe(o.x, o.y) && inSafe(o.x + o.size, o.y + o.size)]).toEqual([o.url, true])
    }
    if (o.op === 'text') {
      const w = measure(o.text, o.sizePt, o.weight)
      const left = o.align === 'center' ? o.x - w / 2 : o.align === 'right' ? o.x - w : o.x
      expect([o.text, inSafe(left, o.y - o.sizePt * PT_MM) && inSafe(left + w, o.y)]).toEqual([o.text, true])
    }
  }
  const bg = page.ops[0]
  expect(bg).toMatchObject({ op: 'rect' })
  if (bg.op === 'rect') {
    expect(bg.x).toBeLessThanOrEqual(-page.bleed)
    expect(bg.y).toBeLessThanOrEqual(-page.bleed)
    expect(bg.x + bg.w).toBeGreaterThanOrEqual(page.width + page.bleed)
    expect(bg.y + bg.h).toBeGreaterThanOrEqual(page.height + page.bleed)
  }
}

describe('guide map layout', () => {
  const input = { tree: GUIDE_TREE, channelUrl: (id: string) => `https://x.cn/p/guide/${id}`, guideUrl: 'https://x.cn/p/guide' }
  test.each(['A3', 'A4'] as const)('%s: one page, every channel once with a QR code, everything inside the safe area', (size) => {
    const page = layoutGuideMap(input, size, measure)
    expect([page.width, page.height]).toEqual(size === 'A3' ? [297, 420] : [210, 297])
    expect(page.bleed).toBe(3)
    checkPage(page)
    const urls = page.ops.flatMap((o) => (o.op === 'qr' ? [o.url] : []))
    expect(urls.sort()).toEqual([input.guideUrl, ...CHANNELS.map((c) => input.channelUrl(c.id))].sort())
    const texts = page.ops.flatMap((o) => (o.op === 'text' ? [o.text] : []))
    for (const c of CHANNELS) expect(texts).toContain(c.name)
  })
  test('channels are numbered in the order the questions reach them; every channel has a time limit and citations', () => {
    const chs = printedChannels(input)
    expect(chs.map((c) => c.number)).toEqual(CHANNELS.map((_, i) => i + 1))
    expect(chs[0].channel.id).toBe('admin-reconsideration')
    for (const c of chs) {
      expect(c.limit.text.length).toBeGreaterThan(10)
      expect(c.citations).toMatch(/^《[^》]+》/)
    }
  })
  test('content that cannot fit says so instead of overflowing', () => {
    const long = { ...GUIDE_TREE, channels: GUIDE_TREE.channels.map((c) => ({ ...c, limits: [{ text: '很长的期限说明。'.repeat(40), refs: [] }] })) }
    expect(() => layoutGuideMap({ ...input, tree: long }, 'A3', measure)).toThrow(/does not fit/)
  })
})

test('a poster fits on A4 with its QR code in the footer, text inside the safe area', () => {
  const page = layoutPoster(
    {
      id: 'review',
      title: '不服可以复查、复核',
      headline: ['不服', '可以复查、复核'],
      subtitle: '两级复查复核，各有30日',
      tone: '#1F5AA6',
      illustrationSvg: '<rect x="40" y="320" width="670" height="530" fill="#FFFFFF"/>',
      points: ['收到书面答复之日起30日内，请求上一级复查；复查机关30日内书面答复。', '对复查意见不服，30日内请求再上一级复核。', '复核后仍以同一事实和理由投诉的，不再受理。'],
      cite: '《信访工作条例》第三十五条、第三十六条',
      prohibition: false,
      url: 'https://x.cn/p/poster/review',
      qrCaption: '扫码阅读《信访工作条例》第三十五条原文和解读'
    },
    measure
  )
  expect([page.width, page.height, page.bleed]).toEqual([210, 297, 3])
  checkPage(page)
  const qr = page.ops.find((o) => o.op === 'qr')
  expect(qr).toMatchObject({ url: 'https://x.cn/p/poster/review' })
  // The illustration panel keeps the art's proportions.
  const art = page.ops.find((o) => o.op === 'rect' && o.fill === '#FFFFFF' && !o.radius && o.w < 200)
  expect(art && art.op === 'rect' ? art.w / art.h : 0).toBeCloseTo(670 / 530, 2)
})
