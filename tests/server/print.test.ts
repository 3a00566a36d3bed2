/**
 * The print package end to end: the CLI writes the PDFs; poppler reads their text, boxes and
 * fonts and renders them; every QR code is decoded from the rendered page (jsQR) and followed on
 * the real server, which must redirect it to the right page. Needs poppler-utils and
 * fonts-noto-cjk (scripts/ensure-system-deps.sh installs them).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import jsQR from 'jsqr'
import { run } from '../../scripts/cli/print'
import { UsageError } from '../../scripts/cli/io'
import { CHANNELS } from '../../src/content/guide/channels'
import { GUIDE_NODES } from '../../src/content/guide/tree'
import { POSTERS } from '../../src/content/media'
import { POSTER_DESIGNS } from '../../scripts/media/posters'
import { layoutGuideMap } from '../../src/core/print/guide-map'
import { GUIDE_TREE } from '../../src/content/guide/tree'
import { layoutPoster } from '../../src/core/print/poster'
import type { DrawOp, PrintPage } from '../../src/core/print/types'
import { openPrintFonts } from '../../server/print/fonts'
import { ADMIN, createTestDb, makeApp, type TestApp, type TestDb } from './helpers'


const BASE = 'https://xf.example.gov.cn'
const env = { PUBLIC_BASE: BASE } as unknown as NodeJS.ProcessEnv
const MM_PT = 72 / 25.4
const squash = (s: string) => s.replace(/\s+/g, '')

let dir: string
let db: TestDb
let server: TestApp

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-print-'))
  db = await createTestDb('sqlite')
  process.env.PUBLIC_BASE = BASE
  server = await makeApp(db)
}, 60_000)
afterAll(async () => {
  delete process.env.PUBLIC_BASE
  await server?.close()
  await db?.cleanup()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function cli(args: string[], e = env) {
  const out = { stdout: '', stderr: '' }
  const code = await run(args, { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), env: e, cwd: os.tmpdir() })
  return { code, ...out }
}

function boxes(file: string): Record<string, number[]> {
  const info = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' })
  const out: Record<string, number[]> = {}
  for (const [, name, nums] of info.matchAll(/^(\w+Box):\s+([\d.\s-]+)$/gm)) out[name] = nums.trim().split(/\s+/).map(Number)
  out.pages = [Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])]
  return out
}

/** Renders page 1 at `dpi` and reads the PPM poppler writes. */
function render(file: string, dpi: number) {
  const stem = path.join(dir, `${path.basename(file, '.pdf')}-${dpi}`)
  execFileSync('pdftoppm', ['-r', String(dpi), '-singlefile', file, stem])
  const buf = fs.readFileSync(`${stem}.ppm`)
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a PPM')
  return { width: Number(header[1]), height: Number(header[2]), rgb: buf.subarray(header[0].length), dpi }
}

/** Decodes the QR code inside a square of the rendered page (mm on the trimmed page, plus a margin). */
function decodeAt(img: ReturnType<typeof render>, bleed: number, x: number, y: number, size: number): string | null {
  const px = (mm: number) => Math.round(((mm + bleed) * img.dpi) / 25.4)
  const margin = 2
  const x0 = Math.max(0, px(x - margin))
  const y0 = Math.max(0, px(y - margin))
  const w = Math.min(img.width - x0, px(x + size + margin) - x0)
  const h = Math.min(img.height - y0, px(y + size + margin) - y0)
  const rgba = new Uint8ClampedArray(w * h * 4)
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const s = ((y0 + r) * img.width + (x0 + c)) * 3
      const d = (r * w + c) * 4
      rgba[d] = img.rgb[s]
      rgba[d + 1] = img.rgb[s + 1]
      rgba[d + 2] = img.rgb[s + 2]
      rgba[d + 3] = 255
    }
  }
  return jsQR(rgba, w, h)?.data ?? null
}

const qrOps = (page: PrintPage) => page.ops.filter((o): o is Extract<DrawOp, { op: 'qr' }> => o.op === 'qr')

/** GET without following redirects. */
async function short(pathAndQuery: string) {
  const res = await fetch(server.base + pathAndQuery, { redirect: 'manual' })
  return { statusCode: res.status, headers: { location: res.headers.get('location') } }
}

/** Follows a short link on the real server: it must answer 302 to `page`. */
async function expectRedirect(url: string, page: string) {
  expect(url.startsWith(`${BASE}/p/`)).toBe(true)
  const res = await short(url.slice(BASE.length))
  expect([url, res.statusCode]).toEqual([url, 302])
  expect([url, res.headers.location]).toEqual([url, page])
}

function checkPrintReady(file: string, trimMm: { width: number; height: number }) {
  expect(fs.statSync(file).size).toBeLessThanOrEqual(2 * 1024 * 1024)
  const b = boxes(file)
  expect(b.pages).toEqual([1])
  const bleed = 3 * MM_PT
  const close = (got: number[], want: number[]) => want.forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThan(0.05))
  close(b.MediaBox, [0, 0, (trimMm.width + 6) * MM_PT, (trimMm.height + 6) * MM_PT])
  close(b.BleedBox, b.MediaBox)
  close(b.TrimBox, [bleed, bleed, bleed + trimMm.width * MM_PT, bleed + trimMm.height * MM_PT])
  // Vector only: no raster images at all (so none below 300 dpi).
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n')
  expect(images.length).toBe(2) // the header lines only
  // Real text in an embedded subset of Noto Sans CJK SC (CFF outlines), with a Unicode map.
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
  expect(fonts.length).toBeGreaterThanOrEqual(1)
  for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)\s+CID Type 0C \(OT\)\s+Identity-H\s+yes yes yes/)
}

describe('print guide', () => {
  test('the A3 guide map holds every question, channel, time limit and citation as text, with right boxes', async () => {
    const r = await cli(['guide', '--out', dir])
    expect(r).toMatchObject({ code: 0, stderr: '' })
    const file = path.join(dir, 'guide-map-A3.pdf')
    expect(r.stdout).toContain(file)
    checkPrintReady(file, { width: 297, height: 420 })
    const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
    for (const node of GUIDE_NODES) {
      expect(text).toContain(squash(node.question))
      for (const o of node.options) expect(text).toContain(squash(o.label))
    }
    for (const c of CHANNELS) {
      expect(text).toContain(squash(c.name))
      expect(text).toContain(squash(c.limits[0].text))
    }
    expect(text).toContain('《劳动争议调解仲裁法》第五条、第二十七条第一款')
    expect(text).toContain('《行政复议法》第二十条第一款')
  }, 120_000)

  test('every QR code on the rendered A3 and A4 maps is a short link the server redirects to its channel', async () => {
    const fonts = openPrintFonts()
    const expected = new Map<string, string>([[`${BASE}/p/guide`, '/pages/guide/index']])
    for (const c of CHANNELS) expected.set(`${BASE}/p/guide/${c.id}`, `/pages/guide/index?channel=${c.id}`)
    for (const size of ['A3', 'A4'] as const) {
      if (size === 'A4') expect((await cli(['guide', '--out', dir, '--size', 'A4'])).code).toBe(0)
      const file = path.join(dir, `guide-map-${size}.pdf`)
      if (size === 'A4') checkPrintReady(file, { width: 210, height: 297 })
      // Where the codes are (the same layout the CLI drew), then what the rendered pixels say.
      const layout = layoutGuideMap({ tree: GUIDE_TREE, channelUrl: (id) => `${BASE}/p/guide/${id}`, guideUrl: `${BASE}/p/guide` }, size, fonts.measure)
      const img = render(file, size === 'A3' ? 150 : 200)
      const decoded = qrOps(layout).map((q) => decodeAt(img, 3, q.x, q.y, q.size))
      expect(new Set(decoded)).toEqual(new Set(expected.keys()))
      expect(decoded).toHaveLength(expected.size)
      for (const url of decoded) await expectRedirect(url as string, expected.get(url as string) as string)
    }
  }, 180_000)

  test('bad arguments exit 2 with a message; a missing PUBLIC_BASE is named', async () => {
    // UsageError: scripts/cli.ts prints it in Chinese and English and exits with 2.
    await expect(cli(['guide', '--out', dir, '--size', 'A5'])).rejects.toThrow(/A3 或 A4/)
    await expect(cli(['guide'])).rejects.toThrow(/--out/)
    await expect(cli(['leaflet', '--out', dir])).rejects.toThrow(UsageError)
    await expect(cli(['posters', '--out', dir, '--size', 'A3'])).rejects.toThrow(UsageError)
    await expect(cli(['guide', '--out', dir], {} as NodeJS.ProcessEnv)).rejects.toThrow(/PUBLIC_BASE/)
    await expect(cli(['guide', '--out', dir], { PUBLIC_BASE: 'http://xf.example.gov.cn' } as unknown as NodeJS.ProcessEnv)).rejects.toThrow(/https/)
  })
})

describe('print posters', () => {
  test('each poster is an A4 PDF whose QR code leads to the article it explains', async () => {
    const r = await cli(['posters', '--out', dir])
    expect(r.code).toBe(0)
    const fonts = openPrintFonts()
    for (const p of POSTERS) {
      const file = path.join(dir, `poster-${p.id}.pdf`)
      checkPrintReady(file, { width: 210, height: 297 })
      const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
      const design = POSTER_DESIGNS.find((d) => d.id === p.id)
      for (const t of [...(design?.headline ?? ['?']), ...(design?.points ?? []), design?.cite ?? '?']) expect(text).toContain(squash(t))
      // The QR code sits bottom right in the footer; decode it from the pixels.
      const img = render(file, 200)
      const q = qrOps(layoutPoster({ id: p.id, title: '', headline: [''], subtitle: '', tone: '#000000', illustrationSvg: '', points: [''], cite: '', prohibition: false, url: 'x', qrCaption: '' }, fonts.measure))[0]
      const url = decodeAt(img, 3, q.x, q.y, q.size)
      expect(url).toBe(`${BASE}/p/poster/${p.id}`)
      await expectRedirect(url as string, `/packages/reader/pages/article/index?law=xinfang-2022&article=${p.refs[0].article}`)
    }
  }, 240_000)
})

describe('/p/* short links and the staff downloads', () => {
  test('unknown short links lead to the home page with a note', async () => {
    for (const p of ['/p/guide/nope', '/p/article/99', '/p/x', '/p/poster/']) {
      const res = await short(p)
      expect([p, res.statusCode, res.headers.location]).toEqual([p, 302, '/pages/index/index?note=link-unknown'])
    }
    expect((await short('/p/')).headers.location).toBe('/pages/index/index')
    expect((await short('/p/article/35?from=qr')).headers.location).toBe('/packages/reader/pages/article/index?law=xinfang-2022&article=35')
  })

  test('staff download the guide map and posters with the admin token', async () => {
    expect((await server.inject('/api/admin/print/guide.pdf')).statusCode).toBe(401)
    const auth = { authorization: `Bearer ${ADMIN}` }
    const bad = await server.inject({ url: '/api/admin/print/guide.pdf?size=A5', headers: auth })
    expect(bad.statusCode).toBe(400)
    expect(JSON.parse(bad.body).error.code).toBe('VALIDATION_FAILED')
    const res = await server.inject({ url: '/api/admin/print/guide.pdf?size=A4', headers: auth })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe('attachment; filename="guide-map-A4.pdf"')
    expect(res.body.startsWith('%PDF-')).toBe(true)
    const poster = await server.inject({ url: '/api/admin/print/posters/review.pdf', headers: auth })
    expect(poster.statusCode).toBe(200)
    expect(poster.headers['content-disposition']).toBe('attachment; filename="poster-review.pdf"')
    const missing = await server.inject({ url: '/api/admin/print/posters/nope.pdf', headers: auth })
    expect(missing.statusCode).toBe(404)
    expect(JSON.parse(missing.body).error.code).toBe('NOT_FOUND')
    delete process.env.PUBLIC_BASE
    try {
      const unset = await server.inject({ url: '/api/admin/print/guide.pdf', headers: auth })
      expect(unset.statusCode).toBe(503)
      expect(JSON.parse(unset.body).error).toMatchObject({ code: 'PUBLIC_BASE_MISSING', message: expect.stringContaining('PUBLIC_BASE') })
    } finally {
      process.env.PUBLIC_BASE = BASE
    }
  }, 120_000)
})
