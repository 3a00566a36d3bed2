/**
 * The printable documents, from the app's own content: the guide map and the posters. Used by
 * the command line (`cli -- print …`) and the staff download route.
 */
import { GUIDE_TREE } from '../../src/content/guide/tree'
import { shortUrl, type ShortTarget } from '../../src/core/links/short'
import { layoutGuideMap } from '../../src/core/print/guide-map'
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
