import zlib from 'node:zlib'
import vm from 'node:vm'
import { compressAsset } from '../../../config/h5/precompress'
import { bundleWorker, SERVICE_WORKER_FILE, serviceWorkerManifest } from '../../../config/h5/service-worker'
import { SERVICE_WORKER_PATH } from '../../../src/sw/protocol'

const file = (name: string, content: string) => ({ name, content: Buffer.from(content) })
const BUILD = [
  file('index.html', '<!doctype html><script src="/js/app.1a2b3c4d.js"></script>'),
  file('js/app.1a2b3c4d.js', 'app()'),
  file('js/app.1a2b3c4d.js.br', 'compressed'),
  file('js/app.1a2b3c4d.js.LICENSE.txt', 'MIT'),
  file('css/app.0badf00d.css', 'body{}'),
  file('chunk/512.3fa9c0d1.js', 'page()'),
  file('sw.js', 'old worker')
]

test('brotli and gzip copies decompress to the file; none is kept when it would not be smaller', async () => {
  const text = Buffer.from('第三十五条 信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查。'.repeat(20))
  const copies = await compressAsset(text)
  expect(zlib.brotliDecompressSync(copies.br!)).toEqual(text)
  expect(zlib.gunzipSync(copies.gzip!)).toEqual(text)
  expect(copies.br!.length).toBeLessThan(copies.gzip!.length)
  const incompressible = await compressAsset(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  expect(incompressible).toEqual({ br: null, gzip: null })
})

test("the worker's manifest: shell on install, every served file, a version that follows any change", () => {
  const manifest = serviceWorkerManifest(BUILD, ['js/app.1a2b3c4d.js', 'css/app.0badf00d.css'])
  expect(manifest.shell).toEqual(['/index.html', '/js/app.1a2b3c4d.js', '/css/app.0badf00d.css'])
  expect(manifest.files.sort()).toEqual(['/chunk/512.3fa9c0d1.js', '/css/app.0badf00d.css', '/index.html', '/js/app.1a2b3c4d.js'])
  expect(manifest.version).toMatch(/^[0-9a-f]{16}$/)
  // Same build → same worker; one changed byte anywhere → a new worker (and a new cache).
  expect(serviceWorkerManifest([...BUILD].reverse(), ['js/app.1a2b3c4d.js']).version).toBe(manifest.version)
  const changed = BUILD.map((f) => (f.name === 'index.html' ? file(f.name, f.content.toString() + ' ') : f))
  expect(serviceWorkerManifest(changed, []).version).not.toBe(manifest.version)
  // Copies, license notes and the worker itself do not count.
  const noise = BUILD.map((f) => (f.name.endsWith('.br') || f.name === 'sw.js' ? file(f.name, 'other') : f))
  expect(serviceWorkerManifest(noise, []).version).toBe(manifest.version)
})

test('the worker script is served where the page registers it, and carries its manifest', () => {
  expect('/' + SERVICE_WORKER_FILE).toBe(SERVICE_WORKER_PATH)
  const manifest = serviceWorkerManifest(BUILD, ['js/app.1a2b3c4d.js'])
  const script = bundleWorker(manifest).toString()
  expect(script).toContain(manifest.version)
  expect(script).toContain('/chunk/512.3fa9c0d1.js')
  // It runs in a worker scope: it registers its four handlers and nothing else touches the page.
  const events: string[] = []
  const scope = { location: { origin: 'https://xf.example.gov.cn' }, addEventListener: (type: string) => events.push(type) }
  vm.runInNewContext(script, { self: scope, caches: {}, fetch: () => undefined, Request: class {}, URL, Set })
  expect(events.sort()).toEqual(['activate', 'fetch', 'install', 'message'])
})
