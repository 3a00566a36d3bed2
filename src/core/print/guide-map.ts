/**
 * The printed 依法信访引导图 as one page: the questions as an outline whose answers point at
 * numbered channels, then a card per channel with its statutory time limit, the law it rests on
 * and a QR code to its card in the app. Pure: content and the font's measure come in, a PrintPage
 * comes out (server/print/pdf.ts writes it).
 */
import type { Cited, GuideChannel, GuideNode, GuideTree } from '../guide/types'
import { printCitations } from './cite'
import { BLEED_MM, PAPER, PT_MM, SAFE_MM, type DrawOp, type FontWeight, type Measure, type PaperSize, type PrintPage } from './types'
import { wrapText } from './wrap'

export const INK = '#26282B'
export const GREY = '#5F6670'
export const PRIMARY = '#1F5FAD'
/** Dark orange: the time limits' label, with 4.5:1 contrast on white. */
export const DEADLINE = '#A0460F'
const PAGE_BG = '#F4F1EA'
const CARD_LINE = '#D5D0C4'

export interface GuideMapInput {
  tree: GuideTree
  /** The short URL a channel's QR code encodes. */
  channelUrl: (channelId: string) => string
  /** The short URL of the interactive guide (the header's QR code). */
  guideUrl: string
}

/** One channel as printed: its number on the map, its first time limit and its citations. */
export interface PrintedChannel {
  number: number
  channel: GuideChannel
  /** The channel's statutory time limit (its first `limits` entry). */
  limit: Cited
  /** Every citation of the limit and of the card's main articles, each naming its law. */
  citations: string
  url: string
}

/** Channels in the order the outline first reaches them (so numbers run down the page). */
export function printedChannels(input: GuideMapInput): PrintedChannel[] {
  const { tree } = input
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]))
  const order: string[] = []
  const visit = (id: string) => {
    const node = nodes.get(id)
    if (!node) {
      if (!order.includes(id)) order.push(id)
      return
    }
    for (const o of node.options) visit(o.next)
  }
  visit(tree.start)
  for (const c of tree.channels) if (!order.includes(c.id)) order.push(c.id)
  return order.flatMap((id, i) => {
    const channel = tree.channels.find((c) => c.id === id)
    if (!channel) return []
    const limit = channel.limits[0] ?? { text: '没有统一的法定期限，按有关规定办理。', refs: [] }
    return [{ number: i + 1, channel, limit, citations: printCitations([...limit.refs, ...channel.refs]), url: input.channelUrl(id) }]
  })
}

interface Ctx {
  measure: Measure
  ops: DrawOp[]
  /** Type scale tried by the fitting loop. */
  s: number
}

const lineHeight = (sizePt: number, factor = 1.45) => sizePt * PT_MM * factor

/** Draws wrapped text with its first baseline at `top + ascent`; returns the height used. */
function paragraph(ctx: Ctx, text: string, x: number, top: number, width: number | ((line: number) => number), sizePt: number, weight: FontWeight, color: string, factor = 1.45): { height: number; lastWidth: number; lastBaseline: number } {
  const lines = wrapText(text, width, sizePt, weight, ctx.measure)
  const lh = lineHeight(sizePt, factor)
  const ascent = sizePt * PT_MM * 0.88
  lines.forEach((line, i) => ctx.ops.push({ op: 'text', x, y: top + ascent + i * lh, text: line, sizePt, weight, color }))
  const last = lines[lines.length - 1] ?? ''
  return { height: lines.length * lh, lastWidth: ctx.measure(last, sizePt, weight), lastBaseline: top + ascent + (lines.length - 1) * lh }
}

/** A filled circle with a number in it, centred at (cx, cy). */
function badge(ctx: Ctx, n: number, cx: number, cy: number, r: number, fill = PRIMARY) {
  ctx.ops.push({ op: 'ellipse', cx, cy, rx: r, ry: r, fill })
  const size = (r * 1.25) / PT_MM
  ctx.ops.push({ op: 'text', x: cx, y: cy + size * PT_MM * 0.36, text: String(n), sizePt: size, weight: 'bold', color: '#FFFFFF', align: 'center' })
}

/** 「→ ④ 行政复议」 after an answer: where it leads. Returns its width. */
function channelPointer(ctx: Ctx, ch: PrintedChannel, x: number, baseline: number, sizePt: number, draw = true): number {
  const arrow = '→ '
  const aw = ctx.measure(arrow, sizePt, 'bold')
  const r = sizePt * PT_MM * 0.62
  const nameX = x + aw + 2 * r + 1
  if (draw) {
    ctx.ops.push({ op: 'text', x, y: baseline, text: arrow, sizePt, weight: 'bold', color: PRIMARY })
    badge(ctx, ch.number, x + aw + r, baseline - sizePt * PT_MM * 0.34, r)
    ctx.ops.push({ op: 'text', x: nameX, y: baseline, text: ch.channel.name, sizePt, weight: 'bold', color: PRIMARY })
  }
  return nameX - x + ctx.measure(ch.channel.name, sizePt, 'bold')
}

/** One answer and where it leads (a channel, or a follow-up question with its own answers). */
function answer(ctx: Ctx, label: string, next: string, x: number, top: number, width: number, sizePt: number, weight: FontWeight, lookup: Lookup): number {
  const res = paragraph(ctx, label, x, top, width, sizePt, weight, INK)
  const lh = lineHeight(sizePt)
  const ch = lookup.channel(next)
  if (ch) {
    const w = channelPointer(ctx, ch, 0, 0, sizePt * 0.96, false)
    if (res.lastWidth + 2 + w <= width) {
      channelPointer(ctx, ch, x + res.lastWidth + 2, res.lastBaseline, sizePt * 0.96)
      return res.height
    }
    channelPointer(ctx, ch, x, res.lastBaseline + lh, sizePt * 0.96)
    return res.height + lh
  }
  const node = lookup.node(next)
  if (!node) return res.height
  return res.height + question(ctx, node, x, top + res.height, width, sizePt * 0.96, lookup)
}

/** A follow-up question and its answers, indented under the answer that leads to it. */
function question(ctx: Ctx, node: GuideNode, x: number, top: number, width: number, sizePt: number, lookup: Lookup): number {
  const indent = 5 * ctx.s
  let y = top + 0.6 * ctx.s
  y += paragraph(ctx, `再问：${node.question}`, x, y, width, sizePt, 'bold', GREY).height
  for (const o of node.options) {
    const r = 0.7 * ctx.s
    ctx.ops.push({ op: 'ellipse', cx: x + 1.6 * ctx.s, cy: y + sizePt * PT_MM * 0.55, rx: r, ry: r, fill: GREY })
    y += answer(ctx, o.label, o.next, x + indent, y, width - indent, sizePt, 'regular', lookup)
    y += 0.8 * ctx.s
  }
  return y - top
}

interface Lookup {
  channel: (id: string) => PrintedChannel | undefined
  node: (id: string) => GuideNode | undefined
}

/** Height of a block drawn by `draw` (drawn into a scratch list). */
function measureBlock(ctx: Ctx, draw: (c: Ctx) => number): number {
  return draw({ ...ctx, ops: [] })
}

/** The card of one channel; returns its height. */
function channelCard(ctx: Ctx, ch: PrintedChannel, x: number, top: number, w: number, rowHeight: number | null): number {
  const s = ctx.s
  const pad = 4 * s
  // Codes stay at least 17 mm on A3 (12 mm on A4) however small the type gets, so a phone still reads them.
  const qr = Math.max(21 * s, 17)
  const nameSize = 16 * s
  const r = nameSize * PT_MM * 0.62
  const ops: DrawOp[] = []
  const inner: Ctx = { ...ctx, ops }
  const nameX = x + pad + 2 * r + 2
  const name = paragraph(inner, ch.channel.name, nameX, top + pad, w - (nameX - x) - pad - qr - 2, nameSize, 'bold', INK, 1.3)
  badge(inner, ch.number, x + pad + r, top + pad + nameSize * PT_MM * 0.55, r)
  // The QR code sits top right with its short path under it, so a phone can reach the card.
  ops.push({ op: 'qr', x: x + w - pad - qr + 1.2 * s, y: top + pad - 1.2 * s, size: qr, url: ch.url, color: INK })
  // The time limit starts beside the QR code and runs on under it.
  // Where the code ends, with a millimetre of white under it: no line of text may reach into it.
  const qrBottom = top + pad - 1.2 * s + qr + 1
  const narrow = w - 2 * pad - qr - 1
  let y = top + pad + name.height + 1.2 * s
  y += paragraph(inner, '法定期限', x + pad, y, narrow, 10.5 * s, 'bold', DEADLINE, 1.4).height
  const limitSize = 12 * s
  const lh = lineHeight(limitSize)
  const y0 = y
  y += paragraph(inner, ch.limit.text, x + pad, y, (i) => (y0 + i * lh < qrBottom ? narrow : w - 2 * pad), limitSize, 'regular', INK).height
  y = Math.max(y, qrBottom)
  y += 1.5 * s
  y += paragraph(inner, `依据：${ch.citations}`, x + pad, y, w - 2 * pad, 9 * s, 'regular', GREY, 1.4).height
  const height = y - top + pad
  ctx.ops.push({ op: 'rect', x, y: top, w, h: rowHeight ?? height, radius: 2.5 * s, fill: '#FFFFFF', stroke: CARD_LINE, strokeWidth: 0.3 }, ...ops)
  return height
}

/** Splits blocks into two columns with the shorter tallest column (order kept). */
function balance(heights: number[]): number {
  let best = 0
  let bestMax = Infinity
  for (let k = 1; k < heights.length; k++) {
    const left = heights.slice(0, k).reduce((a, b) => a + b, 0)
    const right = heights.slice(k).reduce((a, b) => a + b, 0)
    if (Math.max(left, right) < bestMax) {
      bestMax = Math.max(left, right)
      best = k
    }
  }
  return best
}

/** Lays out the page at A3 and type scale `s`; returns the page and how far the content reaches. */
function build(input: GuideMapInput, measure: Measure, s: number): { ops: DrawOp[]; bottom: number; limit: number } {
  const { width: W, height: H } = PAPER.A3
  // 15 mm at A3 is 10.6 mm on A4: the safe margin holds for both sizes.
  const M = 15
  const ctx: Ctx = { measure, ops: [], s }
  const channels = printedChannels(input)
  const nodes = new Map(input.tree.nodes.map((n) => [n.id, n]))
  const lookup: Lookup = { channel: (id) => channels.find((c) => c.channel.id === id), node: (id) => nodes.get(id) }
  const ops = ctx.ops
  const bleed = BLEED_MM * 2 // generous: A4 scales the page down by 0.71
  ops.push({ op: 'rect', x: -bleed, y: -bleed, w: W + 2 * bleed, h: H + 2 * bleed, fill: PAGE_BG })

  // Header band, bled off the top and sides.
  const headerH = 56
  ops.push({ op: 'rect', x: -bleed, y: -bleed, w: W + 2 * bleed, h: headerH + bleed, fill: PRIMARY })
  ops.push({ op: 'text', x: M, y: 30, text: '依法信访引导图', sizePt: 44, weight: 'bold', color: '#FFFFFF' })
  const qrBox = 30
  const qrX = W - M - qrBox
  paragraph(
    ctx,
    '遇到问题，先找对渠道。按下面的问题对照自己的情况，找到适合的法定途径；每个渠道都写明了法定期限和法律依据。',
    M,
    36,
    qrX - M - 10,
    14.5,
    'regular',
    '#FFFFFF',
    1.45
  )
  ops.push({ op: 'rect', x: qrX, y: 14.5, w: qrBox, h: qrBox, radius: 2, fill: '#FFFFFF' })
  ops.push({ op: 'qr', x: qrX + 1, y: 15.5, size: qrBox - 2, url: input.guideUrl, color: INK })
  ops.push({ op: 'text', x: qrX + qrBox / 2, y: 14.5 + qrBox + 5, text: '扫码在手机上回答', sizePt: 10, weight: 'regular', color: '#FFFFFF', align: 'center' })

  // 1. The questions, in two balanced columns.
  let y = headerH + 9 * s
  const start = nodes.get(input.tree.start)
  if (!start) throw new Error(`guide map: start node ${input.tree.start} missing`)
  ops.push({ op: 'text', x: M, y: y + 6 * s, text: `一、先回答：${start.question}`, sizePt: 20 * s, weight: 'bold', color: INK })
  y += 12 * s
  const colGap = 9
  const colW = (W - 2 * M - colGap) / 2
  const qSize = 13.5 * s
  const block = (c: Ctx, i: number, x: number, top: number) => {
    const o = start.options[i]
    const r = qSize * PT_MM * 0.62
    badge(c, i + 1, x + r, top + qSize * PT_MM * 0.55, r, INK)
    return answer(c, o.label, o.next, x + 2 * r + 2.5, top, colW - 2 * r - 2.5, qSize, 'bold', lookup) + 3.2 * s
  }
  const heights = start.options.map((_, i) => measureBlock(ctx, (c) => block(c, i, 0, 0)))
  const split = balance(heights)
  let yl = y
  let yr = y
  start.options.forEach((_, i) => {
    if (i < split) yl += block(ctx, i, M, yl)
    else yr += block(ctx, i, M + colW + colGap, yr)
  })
  y = Math.max(yl, yr) + 3 * s

  // 2. The channels: a card each, three to a row (four once there are more than twelve, so the
  // sheet stays one page), rows as tall as their tallest card.
  ops.push({ op: 'text', x: M, y: y + 6 * s, text: '二、再看渠道：法定期限与法律依据', sizePt: 20 * s, weight: 'bold', color: INK })
  ops.push({ op: 'text', x: W - M, y: y + 6 * s, text: '扫卡片上的二维码，在手机上查看办理步骤', sizePt: 11 * s, weight: 'regular', color: GREY, align: 'right' })
  y += 11 * s
  const cols = channels.length > 12 ? 4 : 3
  const gap = 5
  const cardW = (W - 2 * M - (cols - 1) * gap) / cols
  for (let row = 0; row * cols < channels.length; row++) {
    const items = channels.slice(row * cols, row * cols + cols)
    const rowH = Math.max(...items.map((ch) => measureBlock(ctx, (c) => channelCard(c, ch, 0, 0, cardW, null))))
    items.forEach((ch, i) => channelCard(ctx, ch, M + i * (cardW + gap), y, cardW, rowH))
    y += rowH + gap
  }

  // Footer: what this sheet is and is not.
  const footTop = H - M - 9
  paragraph(
    ctx,
    '本图是普法宣传资料，帮助选择合法的反映渠道，不代替法律意见；各项期限以法律规定和法律文书上的告知为准。依据2022年《信访工作条例》及有关法律。',
    M,
    footTop,
    W - 2 * M,
    9.5,
    'regular',
    GREY,
    1.4
  )
  return { ops, bottom: y - gap, limit: footTop - 3 }
}

/**
 * The guide map on A3 (or A4, the same design scaled by 1/√2). The type shrinks in small steps
 * only if the content would run into the footer; it throws when even the smallest does not fit.
 */
export function layoutGuideMap(input: GuideMapInput, size: PaperSize, measure: Measure): PrintPage {
  const k = PAPER[size].width / PAPER.A3.width
  // Layout happens at A3; A4 measures at the scaled size so rounding matches what is drawn.
  const scaledMeasure: Measure = size === 'A3' ? measure : (t, pt, w) => measure(t, pt * k, w) / k
  for (let s = 1; s >= MIN_TYPE_SCALE - 1e-9; s -= 0.02) {
    const { ops, bottom, limit } = build(input, scaledMeasure, s)
    if (bottom <= limit) {
      return { width: PAPER[size].width, height: PAPER[size].height, bleed: BLEED_MM, safe: SAFE_MM, ops: size === 'A3' ? ops : ops.map((o) => scaleOp(o, k)), title: '依法信访引导图' }
    }
  }
  throw new Error('guide map: the content does not fit on one page even at the smallest type; shorten the channel texts')
}

/** The smallest type scale the fitting loop tries: A3 channel time limits at 8.4 pt (sixteen channels need it). */
export const MIN_TYPE_SCALE = 0.7

/** The op scaled about the trim's top-left corner (A3 → A4). */
export function scaleOp(o: DrawOp, k: number): DrawOp {
  const strokeWidth = 'strokeWidth' in o && o.strokeWidth !== undefined ? { strokeWidth: o.strokeWidth * k } : {}
  switch (o.op) {
    case 'rect':
      return { ...o, ...strokeWidth, x: o.x * k, y: o.y * k, w: o.w * k, h: o.h * k, radius: o.radius === undefined ? undefined : o.radius * k }
    case 'ellipse':
      return { ...o, ...strokeWidth, cx: o.cx * k, cy: o.cy * k, rx: o.rx * k, ry: o.ry * k }
    case 'line':
      return { ...o, ...strokeWidth, x1: o.x1 * k, y1: o.y1 * k, x2: o.x2 * k, y2: o.y2 * k }
    case 'path':
      return { ...o, ...strokeWidth, x: o.x * k, y: o.y * k, scale: o.scale * k }
    case 'text':
      return { ...o, x: o.x * k, y: o.y * k, sizePt: o.sizePt * k }
    case 'qr':
      return { ...o, x: o.x * k, y: o.y * k, size: o.size * k }
  }
}
