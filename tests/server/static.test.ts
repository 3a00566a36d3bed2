import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeEachDb, makeApp, type TestApp } from './helpers'

const INLINE = 'window.__boot = 1'

describeEachDb('static files and media', (db) => {
  let dir: string
  let app: TestApp
  const video = Buffer.alloc(10_000, 7)
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-static-'))
    const web = path.join(dir, 'h5')
    const media = path.join(dir, 'media')
    fs.mkdirSync(path.join(web, 'js'), { recursive: true })
    fs.mkdirSync(path.join(media, 'clips'), { recursive: true })
    fs.writeFileSync(path.join(web, 'index.html'), `<!doctype html><title>依法信访</title><script>${INLINE}</script><div id="app"></div><script src="/js/app.js"></script>`)
    fs.writeFileSync(path.join(web, 'js', 'app.js'), 'console.log(1)')
    fs.writeFileSync(path.join(media, 'clips', 'a.mp4'), video)
    fs.writeFileSync(path.join(media, 'clips', 'a.webm'), video)
    fs.writeFileSync(path.join(media, 'clips', 'a.vtt'), 'WEBVTT\n\n00:00.000 --> 00:01.000\n你好\n')
    fs.writeFileSync(path.join(media, 'poster.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    fs.writeFileSync(path.join(media, 'poster.jpg'), Buffer.from([0xff, 0xd8, 0xff]))
    app = await makeApp(db(), { staticDir: web, mediaDir: media })
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('serves the H5 app with an SPA fallback, but never for /api or files', async () => {
    const root = await app.inject('/')
    expect(root.statusCode).toBe(200)
    expect(root.headers['content-type']).toContain('text/html')
    expect(root.body).toContain('依法信访')
    const deep = await app.inject('/pages/events/index?tab=1')
    expect(deep.statusCode).toBe(200)
    expect(deep.body).toContain('依法信访')
    expect(deep.headers['cache-control']).toBe('no-cache')
    const js = await app.inject('/js/app.js')
    expect(js.statusCode).toBe(200)
    expect(js.headers['content-type']).toContain('javascript')
    const missingFile = await app.inject('/js/missing.js')
    expect(missingFile.statusCode).toBe(404)
    expect(missingFile.json().error.code).toBe('NOT_FOUND')
    const api = await app.inject('/api/unknown')
    expect(api.statusCode).toBe(404)
    expect(api.json().error.code).toBe('NOT_FOUND')
    expect((await app.inject({ method: 'POST', url: '/pages/x' })).statusCode).toBe(404)
    expect((await app.inject('/api/health')).json().status).toBe('ok')
  })

  test("the CSP lets the page's own inline script run, and no other", async () => {
    const csp = (await app.inject('/')).headers['content-security-policy']
    const hash = crypto.createHash('sha256').update(INLINE).digest('base64')
    expect(csp).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/=]/g, (c) => `\\${c}`)}'`))
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  })

  test('media: content types, Range requests and caching', async () => {
    const full = await app.inject('/media/clips/a.mp4')
    expect(full.statusCode).toBe(200)
    expect(full.headers['content-type']).toBe('video/mp4')
    expect(full.headers['accept-ranges']).toBe('bytes')
    expect(full.headers['cache-control']).toMatch(/max-age=\d+/)
    const part = await app.inject({ url: '/media/clips/a.mp4', headers: { range: 'bytes=100-199' } })
    expect(part.statusCode).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 100-199/${video.length}`)
    expect(part.rawPayload.length).toBe(100)
    expect(part.headers['content-type']).toBe('video/mp4')
    const tail = await app.inject({ url: '/media/clips/a.webm', headers: { range: 'bytes=-10' } })
    expect(tail.statusCode).toBe(206)
    expect(tail.headers['content-type']).toBe('video/webm')
    expect((await app.inject({ url: '/media/clips/a.mp4', headers: { range: 'bytes=20000-30000' } })).statusCode).toBe(416)
    expect((await app.inject('/media/clips/a.vtt')).headers['content-type']).toBe('text/vtt; charset=utf-8')
    expect((await app.inject('/media/poster.png')).headers['content-type']).toBe('image/png')
    expect((await app.inject('/media/poster.jpg')).headers['content-type']).toBe('image/jpeg')
    const missing = await app.inject('/media/nope.mp4')
    expect(missing.statusCode).toBe(404)
    expect(missing.json().error.code).toBe('NOT_FOUND')
    const traversal = await app.inject('/media/..%2f..%2f..%2fetc%2fpasswd')
    expect(traversal.statusCode).toBeGreaterThanOrEqual(400)
    expect(traversal.statusCode).toBeLessThan(500)
    expect(traversal.body).not.toContain('root:')
  })

  test('the API works without a built H5 app', async () => {
    const bare = await makeApp(db(), { staticDir: path.join(dir, 'absent'), mediaDir: path.join(dir, 'absent-media') })
    try {
      expect((await bare.inject('/api/health')).statusCode).toBe(200)
      const root = await bare.inject('/')
      expect(root.statusCode).toBe(404)
      expect(root.json().error.code).toBe('NOT_FOUND')
    } finally {
      await bare.close()
    }
  })
})
