/**
 * The printable documents, from the app's own content: the guide map and the posters. Used by
 * the command line (`cli -- print …`) and the staff download route.
 */
import { GUIDE_TREE } from '../../src/content/guide/tree'
import { shortUrl, type ShortTarget } from '../../src/core/links/short'
import { layoutGuideMap } from '../../src/core/print/guide-map'
import { layoutPoster } from '../../src/core/print/poster'
import { printCitations } from '../../src/core/print/cite'
import { POSTERS } from '../../src/content/media'
import { C } from '../../scripts/media/art'
import { POSTER_DESIGNS } from '../../scripts/media/posters'
import type { PaperSize } from '../../src/core/print/types'
import { SHORT_CATALOG } from '../../src/links/short-pages'
import { openPrintFonts, type PrintFonts } from './fonts'
import { writePdf, type PdfOptions } from './pdf'

let shared: PrintFonts | null = null
/** The system's Noto Sans CJK SC, opened once per process. Throws PrintFontMissing. */
export function printFonts(): PrintFonts {
  shared ??= openPrintFonts()
  return shared
}

export interface PrintSettings extends PdfOptions {
  /** The bureau's public https origin (parsePublicBase), prefixed to every short link. */
  base: string
  fonts?: PrintFonts
}

const link = (base: string, target: ShortTarget) => shortUrl(base, target, SHORT_CATALOG.defaultLaw)

export async function guideMapPdf(size: PaperSize, settings: PrintSettings): Promise<Uint8Array> {
  const fonts = settings.fonts ?? printFonts()
  const page = layoutGuideMap(
    { tree: GUIDE_TREE, channelUrl: (id) => link(settings.base, { kind: 'guide', channel: id }), guideUrl: link(settings.base, { kind: 'guide' }) },
    size,
    fonts.measure
  )
  return writePdf([page], fonts, settings)
}

/** Poster ids in gallery order. */
export const POSTER_IDS = POSTERS.map((p) => p.id)

/** One poster as an A4 PDF, or null for an unknown id. */
export async function posterPdf(id: string, settings: PrintSettings): Promise<Uint8Array | null> {
  const meta = POSTERS.find((p) => p.id === id)
  const design = POSTER_DESIGNS.find((d) => d.id === id)
  if (!meta || !design) return null
  const fonts = settings.fonts ?? printFonts()
  const first = meta.refs[0]
  const page = layoutPoster(
    {
      id,
      title: meta.title,
      headline: design.headline,
      subtitle: design.subtitle,
      tone: design.tone,
      illustrationSvg: design.illustration().join(''),
      points: design.points,
      cite: design.cite,
      prohibition: design.tone === C.stop,
      url: link(settings.base, { kind: 'poster', id }),
      qrCaption: first ? `扫码阅读${printCitations([{ law: first.law, article: first.article }])}原文和解读` : '扫码打开依法信访小程序'
    },
    fonts.measure
  )
  return writePdf([page], fonts, settings)
}
