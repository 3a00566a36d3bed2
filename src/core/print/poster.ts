/**
 * A poster on A4: the same design as the app's poster (headline, illustration, key points,
 * citation), laid out for paper, with a QR code to the page it is about. Pure: the design, its
 * illustration as SVG and the font's measure come in, a PrintPage comes out.
 */
import { svgToOps } from './svg'
import { BLEED_MM, PAPER, PT_MM, SAFE_MM, type DrawOp, type Measure, type PrintPage } from './types'
import { wrapText } from './wrap'

export interface PosterInput {
  id: string
  title: string
  /** Headline lines (≤ 8 characters each). */
  headline: string[]
  subtitle: string
  /** Header colour. */
  tone: string
  /** The illustration as SVG elements in the app poster's 750 × 1334 space (inside its panel). */
  illustrationSvg: string
  points: string[]
  /** 「《信访工作条例》第三十五条、第三十六条」 */
  cite: string
  /** True for prohibitions: the points get a cross instead of a tick. */
  prohibition: boolean
  /** The short URL of the QR code and what scanning it opens. */
  url: string
  qrCaption: string
}

/** Where the illustration sits in the app poster's own space (scripts/media/posters.ts). */
export const POSTER_PANEL = { x: 40, y: 320, w: 670, h: 530 }

const INK = '#26282B'
const PAPER_BG = '#F6F2EA'
const PANEL = '#EFE8DA'
const OK = '#2E7D4F'
const STOP = '#C23B2B'

function lines(ops: DrawOp[], text: string, x: number, top: number, width: number, sizePt: number, bold: boolean, color: string, measure: Measure, factor = 1.45): number {
  const wrapped = wrapText(text, width, sizePt, bold ? 'bold' : 'regular', measure)
  const lh = sizePt * PT_MM * factor
  wrapped.forEach((l, i) => ops.push({ op: 'text', x, y: top + sizePt * PT_MM * 0.88 + i * lh, text: l, sizePt, weight: bold ? 'bold' : 'regular', color }))
  return wrapped.length * lh
}

/** A tick (or a cross for prohibitions) in a circle, as on the app's poster. */
function mark(ops: DrawOp[], cx: number, cy: number, r: number, prohibition: boolean) {
  ops.push({ op: 'ellipse', cx, cy, rx: r, ry: r, fill: prohibition ? STOP : OK })
  const d = prohibition ? 'M-0.4 -0.4L0.4 0.4M0.4 -0.4L-0.4 0.4' : 'M-0.45 0.02L-0.12 0.34L0.46 -0.3'
  ops.push({ op: 'path', d, x: cx, y: cy, scale: r, stroke: '#FFFFFF', strokeWidth: r * 0.28, lineCap: 'round' })
}

export function layoutPoster(p: PosterInput, measure: Measure): PrintPage {
  const { width: W, height: H } = PAPER.A4
  const M = 15
  const bleed = BLEED_MM
  for (const pointSize of [19, 18, 17, 16, 15, 14]) {
    const ops: DrawOp[] = [{ op: 'rect', x: -bleed, y: -bleed, w: W + 2 * bleed, h: H + 2 * bleed, fill: PAPER_BG }]
    // Header band in the poster's tone, bled off the top and sides.
    const headSize = 50
    const headLh = headSize * PT_MM * 1.12
    const headerH = 26 + p.headline.length * headLh
    ops.push({ op: 'rect', x: -bleed, y: -bleed, w: W + 2 * bleed, h: headerH + bleed, fill: p.tone })
    ops.push({ op: 'text', x: M, y: 17, text: '依法信访 · 《信访工作条例》', sizePt: 14, weight: 'regular', color: '#FFFFFF' })
    p.headline.forEach((l, i) => ops.push({ op: 'text', x: M, y: 22 + headSize * PT_MM * 0.88 + i * headLh, text: l, sizePt: headSize, weight: 'bold', color: '#FFFFFF' }))

    // Footer band: citation and subtitle, and the QR code on white.
    const footerH = 44
    const footTop = H - footerH
    ops.push({ op: 'rect', x: -bleed, y: footTop, w: W + 2 * bleed, h: footerH + bleed, fill: INK })
    const qr = 30
    const qrX = W - M - qr
    const qrY = footTop + 3
    ops.push({ op: 'rect', x: qrX, y: qrY, w: qr, h: qr, radius: 1.5, fill: '#FFFFFF' })
    ops.push({ op: 'qr', x: qrX + 0.5, y: qrY + 0.5, size: qr - 1, url: p.url, color: INK })
    const textW = qrX - M - 6
    let fy = footTop + 8
    fy += lines(ops, p.qrCaption, M, fy, textW, 15, true, '#FFFFFF', measure, 1.35)
    fy += 1.5
    lines(ops, p.url.replace(/^https:\/\//, ''), M, fy, textW, 11, false, '#D5D8DD', measure)

    // Key points and the citation, bottom up from the footer.
    const pointsW = W - 2 * M - 11
    const gap = 4
    const measureOps: DrawOp[] = []
    const pointHeights = p.points.map((pt) => lines(measureOps, pt, 0, 0, pointsW, pointSize, false, INK, measure))
    const citeH = lines(measureOps, p.cite, 0, 0, W - 2 * M, 14, true, INK, measure, 1.35) + lines(measureOps, p.subtitle, 0, 0, W - 2 * M, 12.5, false, '#5F6670', measure, 1.35)
    const pointsH = pointHeights.reduce((a, b) => a + b, 0) + gap * (p.points.length - 1)
    const citeTop = footTop - 8 - citeH
    const pointsTop = citeTop - 7 - pointsH
    const panelTop = headerH + 8
    const panelH = pointsTop - 8 - panelTop
    if (panelH < 70) continue

    // The illustration panel, its art scaled to fit and centred.
    ops.push({ op: 'rect', x: M, y: panelTop, w: W - 2 * M, h: panelH, radius: 5, fill: PANEL })
    const k = Math.min((W - 2 * M - 8) / POSTER_PANEL.w, (panelH - 8) / POSTER_PANEL.h)
    const artX = M + (W - 2 * M - POSTER_PANEL.w * k) / 2 - POSTER_PANEL.x * k
    const artY = panelTop + (panelH - POSTER_PANEL.h * k) / 2 - POSTER_PANEL.y * k
    ops.push(...svgToOps(p.illustrationSvg, { x: artX, y: artY, scale: k }))

    let y = pointsTop
    p.points.forEach((pt, i) => {
      mark(ops, M + 3.6, y + pointSize * PT_MM * 0.5, 3.2, p.prohibition)
      lines(ops, pt, M + 11, y, pointsW, pointSize, false, INK, measure)
      y += pointHeights[i] + gap
    })
    let cy = citeTop
    cy += lines(ops, p.cite, M, cy, W - 2 * M, 14, true, INK, measure, 1.35)
    lines(ops, p.subtitle, M, cy, W - 2 * M, 12.5, false, '#5F6670', measure, 1.35)
    return { width: W, height: H, bleed: BLEED_MM, safe: SAFE_MM, ops, title: p.title }
  }
  throw new Error(`poster ${p.id}: the key points do not fit on A4; shorten them`)
}
