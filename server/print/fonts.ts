/**
 * Noto Sans CJK SC for print: found on the system (Debian's fonts-noto-cjk) or in PRINT_FONT_DIR,
 * measured with fontkit, and cut down with HarfBuzz's subsetter (harfbuzzjs, wasm) to the glyphs a
 * document uses, so each PDF embeds a few hundred KB of real, searchable text instead of 20 MB.
 *
 * Why not fontkit's own subsetting (pdf-lib's `subset: true`): it mangles the CFF outlines of
 * Noto Sans CJK. HarfBuzz keeps them intact; pdf-lib then embeds the small font whole.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fontkit, { type Font } from '@pdf-lib/fontkit'
import type { FontWeight, Measure } from '../../src/core/print/types'
import { PT_MM } from '../../src/core/print/types'

export const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk']

const FILES: Record<FontWeight, { postscript: string; files: string[] }> = {
  regular: { postscript: 'NotoSansCJKsc-Regular', files: ['NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular.otf'] },
  bold: { postscript: 'NotoSansCJKsc-Bold', files: ['NotoSansCJK-Bold.ttc', 'NotoSansCJKsc-Bold.otf'] }
}

export class PrintFontMissing extends Error {
  readonly code = 'PRINT_FONT_MISSING'
  constructor(weight: FontWeight, dirs: string[]) {
    super(`找不到印刷用字体 Noto Sans CJK SC（${weight}）：请安装 Debian 软件包 fonts-noto-cjk，或把字体放在 PRINT_FONT_DIR。查找过：${dirs.join(', ')}`)
  }
}

interface LoadedFace {
  bytes: Buffer
  /** Index of the SC face in a collection (0 for a single font). */
  faceIndex: number
  font: Font
  postscript: string
}

// Minimal typing for what we use of the collection object fontkit returns for a .ttc.
interface Collection {
  fonts: Font[]
}

function loadFace(weight: FontWeight, dirs: string[]): LoadedFace {
  const want = FILES[weight]
  for (const dir of dirs) {
    for (const file of want.files) {
      const full = path.join(dir, file)
      if (!fs.existsSync(full)) continue
      const bytes = fs.readFileSync(full)
      const opened = fontkit.create(bytes) as unknown as Font | Collection
      if ('fonts' in opened) {
        const faceIndex = opened.fonts.findIndex((f) => f.postscriptName === want.postscript)
        if (faceIndex >= 0) return { bytes, faceIndex, font: opened.fonts[faceIndex], postscript: want.postscript }
      } else {
        return { bytes, faceIndex: 0, font: opened, postscript: opened.postscriptName ?? want.postscript }
      }
    }
  }
  throw new PrintFontMissing(weight, dirs)
}

interface HarfBuzz {
  memory: WebAssembly.Memory
  malloc(n: number): number
  free(p: number): void
  hb_blob_create(data: number, len: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(b: number): void
  hb_blob_get_data(b: number, len: number): number
  hb_blob_get_length(b: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(f: number): void
  hb_face_reference_blob(f: number): number
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(i: number): void
  hb_subset_input_unicode_set(i: number): number
  hb_subset_input_set(i: number, which: number): number
  hb_set_add(s: number, v: number): void
  hb_subset_or_fail(face: number, input: number): number
  _initialize(): void
}

let harfbuzz: Promise<HarfBuzz> | null = null
function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))
    const { instance } = await WebAssembly.instantiate(wasm)
    const hb = instance.exports as unknown as HarfBuzz
    hb._initialize()
    return hb
  })()
  return harfbuzz
}

const HB_MEMORY_MODE_WRITABLE = 2
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3
const tag = (s: string) => s.split('').reduce((a, ch) => ((a << 8) | ch.charCodeAt(0)) >>> 0, 0)
// Layout tables are not needed for horizontal Chinese and Latin text (no shaping), and
// fontkit's layout engine has no business reading HarfBuzz's rewritten GSUB/GPOS.
const DROP = ['GSUB', 'GPOS', 'BASE', 'VORG', 'vhea', 'vmtx', 'DSIG']

/** A font file holding only the glyphs of `text` (CFF outlines kept, as HarfBuzz writes them). */
async function subset(face: LoadedFace, text: string): Promise<Uint8Array> {
  const hb = await loadHarfBuzz()
  const heap = () => new Uint8Array(hb.memory.buffer)
  const ptr = hb.malloc(face.bytes.byteLength)
  heap().set(face.bytes, ptr)
  const blob = hb.hb_blob_create(ptr, face.bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0)
  const hbFace = hb.hb_face_create(blob, face.faceIndex)
  hb.hb_blob_destroy(blob)
  const input = hb.hb_subset_input_create_or_fail()
  try {
    if (!input) throw new Error('harfbuzz: cannot create a subset input')
    const unicodes = hb.hb_subset_input_unicode_set(input)
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0) as number)
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for (const t of DROP) hb.hb_set_add(drop, tag(t))
    const result = hb.hb_subset_or_fail(hbFace, input)
    if (!result) throw new Error('harfbuzz: subsetting failed')
    const out = hb.hb_face_reference_blob(result)
    const data = hb.hb_blob_get_data(out, 0)
    const bytes = heap().slice(data, data + hb.hb_blob_get_length(out))
    hb.hb_blob_destroy(out)
    hb.hb_face_destroy(result)
    if (bytes.byteLength === 0) throw new Error('harfbuzz: empty subset')
    return bytes
  } finally {
    if (input) hb.hb_subset_input_destroy(input)
    hb.hb_face_destroy(hbFace)
    hb.free(ptr)
  }
}

export interface PrintFonts {
  measure: Measure
  /** The subset font file for `text` and its PDF name (`ABCDEF+NotoSansCJKsc-Bold`: a subset tag). */
  subset(weight: FontWeight, text: string): Promise<{ bytes: Uint8Array; name: string }>
}

/** Opens the fonts once (about 0.3 s); the result is reused for every document. */
export function openPrintFonts(dirs: string[] = fontDirs()): PrintFonts {
  const faces = { regular: loadFace('regular', dirs), bold: loadFace('bold', dirs) }
  const cache = new Map<string, number>()
  const advance = (weight: FontWeight, ch: string): number => {
    const key = weight + ch
    let w = cache.get(key)
    if (w === undefined) {
      const f = faces[weight].font
      w = f.glyphForCodePoint(ch.codePointAt(0) as number).advanceWidth / f.unitsPerEm
      cache.set(key, w)
    }
    return w
  }
  return {
    measure: (text, sizePt, weight) => {
      let em = 0
      for (const ch of text) em += advance(weight, ch)
      return em * sizePt * PT_MM
    },
    async subset(weight, text) {
      const face = faces[weight]
      const bytes = await subset(face, text)
      // PDF names a subset font with six capital letters and a plus; derive them from the text.
      const digest = crypto.createHash('sha256').update(weight + text).digest()
      const prefix = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('')
      return { bytes, name: `${prefix}+${face.postscript}` }
    }
  }
}

/** PRINT_FONT_DIR first (a folder with Noto Sans CJK SC), then the usual system folders. */
export function fontDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const own = env.PRINT_FONT_DIR?.trim()
  return own ? [own, ...FONT_DIRS] : FONT_DIRS
}
