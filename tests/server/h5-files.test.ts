import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { compressAsset } from '../../config/h5/precompress'
import { describeEachDb, makeApp, type TestApp } from './helpers'

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A GET that keeps the bytes as sent (fetch would decompress them). */
function rawGet(base: string, url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

// As the build writes it: an icon, inline scripts, then the app's deferred scripts and stylesheet.
const HTML =
  '<!doctype html><head><link rel="icon" href="data:image/svg+xml,%3Csvg%3E"><title>依法信访</title><script>window.x=1</script>' +
  '<script defer="defer" src="/js/681.5e6f7a8b.js"></script><script defer="defer" src="/js/app.1a2b3c4d.js"></script>' +
  '<link href="/css/app.0badf00d.css" rel="stylesheet"></head><body><div id="app"></div></body>' +
  '<!-- 依法信访 -->'.repeat(50)
const SCRIPT = 'console.log("依法信访");\n'.repeat(400)

describeEachDb('H5 files: precompressed copies and caching', (db) => {
  let dir: string
  let app: TestApp
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-h5files-'))
    const write = async (rel: string, content: string | Buffer, compress = true) => {
      const file = path.join(dir, rel)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const bytes = Buffer.from(content)
      fs.writeFileSync(file, bytes)
      if (!compress) return
      const copies = await compressAsset(bytes)
      if (copies.br) fs.writeFileSync(file + '.br', copies.br)
      if (copies.gzip) fs.writeFileSync(file + '.gz', copies.gzip)
    }
    await write('index.html', HTML)
    await write('js/app.1a2b3c4d.js', SCRIPT)
    await write('sw.js', SCRIPT)
    await write('packages/reader/images/ch1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    await write('js/plain.js', SCRIPT, false)
    app = await makeApp(db(), { staticDir: dir })
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('a browser that accepts brotli gets the brotli copy, one that accepts only gzip the gzip copy', async () => {
    const br = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toContain('javascript')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(SCRIPT)

    const gz = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toMatch(/accept-encoding/i)
    expect(zlib.gunzipSync(gz.body).toString()).toBe(SCRIPT)

    const refused = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'br;q=0, gzip' })
    expect(refused.headers['content-encoding']).toBe('gzip')

    const plain = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/accept-encoding/i)
    expect(plain.body.toString()).toBe(SCRIPT)
  })

  test('content-hashed files are immutable for a year; index.html, the app pages and sw.js are revalidated', async () => {
    const hashed = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'br' })
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const url of ['/', '/index.html', '/pages/qa/index', '/packages/reader/pages/article/index?law=xinfang-2022&article=35']) {
      const page = await rawGet(app.base, url, { 'accept-encoding': 'br' })
      expect(page.status).toBe(200)
      expect(page.headers['cache-control']).toBe('no-cache')
      expect(page.headers['content-encoding']).toBe('br')
      expect(page.headers['content-type']).toContain('text/html')
      expect(zlib.brotliDecompressSync(page.body).toString()).toBe(HTML)
    }
    const worker = await rawGet(app.base, '/sw.js', { 'accept-encoding': 'br' })
    expect(worker.headers['cache-control']).toBe('no-cache')
    expect(worker.headers['content-type']).toContain('javascript')
    // Unhashed files are revalidated too (an ETag answers 304 when unchanged).
    const picture = await rawGet(app.base, '/packages/reader/images/ch1.png', { 'accept-encoding': 'br' })
    expect(picture.headers['cache-control']).toBe('no-cache')
    expect(picture.headers['content-encoding']).toBeUndefined()
    const again = await rawGet(app.base, '/packages/reader/images/ch1.png', { 'if-none-match': String(picture.headers.etag) })
    expect(again.status).toBe(304)
    // A file the build left without copies is still served as it is.
    const lone = await rawGet(app.base, '/js/plain.js', { 'accept-encoding': 'br, gzip' })
    expect(lone.status).toBe(200)
    expect(lone.headers['content-encoding']).toBeUndefined()
    expect(lone.body.toString()).toBe(SCRIPT)
  })

  test('the app pages tell the browser, in a Link header, to preload the scripts and stylesheet index.html loads', async () => {
    const expected = '</js/681.5e6f7a8b.js>; rel=preload; as=script, </js/app.1a2b3c4d.js>; rel=preload; as=script, </css/app.0badf00d.css>; rel=preload; as=style'
    for (const url of ['/', '/index.html', '/pages/qa/index']) {
      for (const encoding of ['br', 'identity']) {
        const page = await rawGet(app.base, url, { 'accept-encoding': encoding })
        expect(page.status).toBe(200)
        expect(page.headers.link).toBe(expected)
      }
    }
    const script = await rawGet(app.base, '/js/app.1a2b3c4d.js', { 'accept-encoding': 'br' })
    expect(script.headers.link).toBeUndefined()
  })
})
