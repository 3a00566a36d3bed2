/**
 * Writes a PrintPage (src/core/print/types.ts) as a print-ready PDF with pdf-lib: vector shapes,
 * real text in a subset of Noto Sans CJK SC, MediaBox = BleedBox = trim + 3 mm bleed, TrimBox =
 * the trimmed page. No raster images.
 */
import fontkit from '@pdf-lib/fontkit'
import { LineCapStyle, PDFDict, PDFDocument, PDFName, PDFRawStream, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib'
import { qrMatrix, qrPath, QR_QUIET } from '../../src/core/print/qr'
import { PT_MM, type DrawOp, type FontWeight, type Paint, type PrintPage } from '../../src/core/print/types'
import type { PrintFonts } from './fonts'

const MM = 1 / PT_MM

function color(hex: string | undefined): RGB | undefined {
  if (!hex) return undefined
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex)
  if (!m) throw new Error(`print: bad colour ${hex}`)
  const n = parseInt(m[1], 16)
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255)
}

const CAPS = { butt: LineCapStyle.Butt, round: LineCapStyle.Round, square: LineCapStyle.Projecting } as const

function roundedRectPath(w: number, h: number, r: number): string {
  const k = 0.5523 * r
  return [
    `M${r} 0H${w - r}C${w - r + k} 0 ${w} ${r - k} ${w} ${r}`,
    `V${h - r}C${w} ${h - r + k} ${w - r + k} ${h} ${w - r} ${h}`,
    `H${r}C${r - k} ${h} 0 ${h - r + k} 0 ${h - r}`,
    `V${r}C0 ${r - k} ${r - k} 0 ${r} 0Z`
  ].join('')
}

/**
 * pdf-lib labels every custom font TrueType (it looks for `font.cff`, which @pdf-lib/fontkit does
 * not set). Our fonts are OpenType with CFF outlines: relabel them as the PDF format requires
 * (CIDFontType0 with a FontFile3 of subtype OpenType), or viewers and RIPs may reject them.
 */
function relabelCffFonts(doc: PDFDocument) {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue
    if (obj.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2')) continue
    const descriptor = doc.context.lookup(obj.get(PDFName.of('FontDescriptor')), PDFDict)
    const fileRef = descriptor.get(PDFName.of('FontFile2'))
    if (!fileRef) continue
    const stream = doc.context.lookup(fileRef)
    if (!(stream instanceof PDFRawStream)) continue
    obj.set(PDFName.of('Subtype'), PDFName.of('CIDFontType0'))
    obj.delete(PDFName.of('CIDToGIDMap'))
    descriptor.delete(PDFName.of('FontFile2'))
    descriptor.set(PDFName.of('FontFile3'), fileRef)
    stream.dict.set(PDFName.of('Subtype'), PDFName.of('OpenType'))
  }
}

function paint(p: Paint, scaleToUnits = 1) {
  return {
    color: color(p.fill),
    borderColor: color(p.stroke),
    borderWidth: p.stroke ? (p.strokeWidth ?? 0.25) * MM * scaleToUnits : undefined,
    borderLineCap: p.lineCap ? CAPS[p.lineCap] : undefined,
    opacity: p.opacity,
    borderOpacity: p.opacity
  }
}

export interface PdfOptions {
  /** PDF metadata: who made it. */
  creator?: string
  /** Fixed dates make the bytes reproducible (tests); default now. */
  date?: Date
}

/** Writes several pages (the same trim size or not) into one PDF. */
export async function writePdf(pages: PrintPage[], fonts: PrintFonts, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const date = options.date ?? new Date()
  doc.setTitle(pages.map((p) => p.title).join('、'))
  doc.setCreator(options.creator ?? '依法信访 印刷包')
  doc.setProducer('pdf-lib; fonts: Noto Sans CJK SC (SIL OFL 1.1), subset by HarfBuzz')
  doc.setLanguage('zh-CN')
  doc.setCreationDate(date)
  doc.setModificationDate(date)

  const texts: Record<FontWeight, string> = { regular: '', bold: '' }
  for (const p of pages) for (const o of p.ops) if (o.op === 'text') texts[o.weight] += o.text
  const embedded: Partial<Record<FontWeight, PDFFont>> = {}
  for (const weight of ['regular', 'bold'] as const) {
    if (!texts[weight]) continue
    const { bytes, name } = await fonts.subset(weight, texts[weight])
    embedded[weight] = await doc.embedFont(bytes, { subset: false, customName: name })
  }

  for (const p of pages) drawPage(doc.addPage(), p, embedded)
  await doc.flush()
  relabelCffFonts(doc)
  return doc.save({ useObjectStreams: true })
}

function drawPage(page: PDFPage, p: PrintPage, fonts: Partial<Record<FontWeight, PDFFont>>) {
  const b = p.bleed
  const fullW = (p.width + 2 * b) * MM
  const fullH = (p.height + 2 * b) * MM
  page.setSize(fullW, fullH)
  page.setMediaBox(0, 0, fullW, fullH)
  page.setBleedBox(0, 0, fullW, fullH)
  page.setTrimBox(b * MM, b * MM, p.width * MM, p.height * MM)
  const X = (x: number) => (x + b) * MM
  const Y = (y: number) => (p.height + b - y) * MM
  for (const o of p.ops) drawOp(page, o, X, Y, fonts)
}

function drawOp(page: PDFPage, o: DrawOp, X: (x: number) => number, Y: (y: number) => number, fonts: Partial<Record<FontWeight, PDFFont>>) {
  switch (o.op) {
    case 'rect':
      if (o.radius) page.drawSvgPath(roundedRectPath(o.w, o.h, Math.min(o.radius, o.w / 2, o.h / 2)), { x: X(o.x), y: Y(o.y), scale: MM, ...paint(o, 1 / MM) })
      else page.drawRectangle({ x: X(o.x), y: Y(o.y + o.h), width: o.w * MM, height: o.h * MM, ...paint(o) })
      return
    case 'ellipse':
      page.drawEllipse({ x: X(o.cx), y: Y(o.cy), xScale: o.rx * MM, yScale: o.ry * MM, ...paint(o) })
      return
    case 'line':
      page.drawLine({
        start: { x: X(o.x1), y: Y(o.y1) },
        end: { x: X(o.x2), y: Y(o.y2) },
        thickness: (o.strokeWidth ?? 0.25) * MM,
        color: color(o.stroke ?? '#000000'),
        lineCap: o.lineCap ? CAPS[o.lineCap] : undefined,
        opacity: o.opacity
      })
      return
    case 'path':
      // drawSvgPath scales the line width with the path: give it in path units.
      page.drawSvgPath(o.d, { x: X(o.x), y: Y(o.y), scale: o.scale * MM, ...paint(o, 1 / (o.scale * MM)) })
      return
    case 'text': {
      const font = fonts[o.weight]
      if (!font) throw new Error(`print: no ${o.weight} font embedded`)
      const width = font.widthOfTextAtSize(o.text, o.sizePt)
      const x = o.align === 'center' ? X(o.x) - width / 2 : o.align === 'right' ? X(o.x) - width : X(o.x)
      page.drawText(o.text, { x, y: Y(o.y), size: o.sizePt, font, color: color(o.color) })
      return
    }
    case 'qr': {
      const matrix = qrMatrix(o.url)
      const module = o.size / (matrix.length + 2 * QR_QUIET)
      page.drawSvgPath(qrPath(matrix), { x: X(o.x + QR_QUIET * module), y: Y(o.y + QR_QUIET * module), scale: module * MM, color: color(o.color) })
      return
    }
  }
}
