import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { PRELOAD_GLOBAL, preloadScript } from '../../../config/h5/route-preload'

const PAGES = new Map([
  ['/pages/index/index', ['chunk/1.aaaa.js', 'css/2.bbbb.css', 'chunk/2.cccc.js']],
  ['/pages/qa/index', ['chunk/1.aaaa.js', 'chunk/3.dddd.js']]
])

/** index.html's inline script, then (optionally) the app entry's first module, in a fake page at `pathname`. */
function page(pathname: string) {
  const links: { rel: string; as: string; href: string }[] = []
  const window: Record<string, unknown> = {}
  const context = {
    window,
    location: { pathname },
    document: {
      createElement: () => ({ rel: '', as: '', href: '' }),
      head: { appendChild: (l: { rel: string; as: string; href: string }) => links.push({ rel: l.rel, as: l.as, href: l.href }) }
    }
  }
  vm.runInNewContext(preloadScript(PAGES, '/pages/index/index'), context)
  const entry = readFileSync(path.resolve(__dirname, '../../../config/h5/preload-page.js'), 'utf8')
  return { links, window, runEntry: () => vm.runInNewContext(entry, context) }
}

test("the opened page's chunks are preloaded when the app's entry starts, not as the HTML is read, and once", () => {
  const home = page('/')
  expect(home.links).toEqual([])
  expect(typeof home.window[PRELOAD_GLOBAL]).toBe('function')
  home.runEntry()
  expect(home.links).toEqual([
    { rel: 'preload', as: 'script', href: '/chunk/1.aaaa.js' },
    { rel: 'preload', as: 'style', href: '/css/2.bbbb.css' },
    { rel: 'preload', as: 'script', href: '/chunk/2.cccc.js' }
  ])
  home.runEntry()
  expect(home.links).toHaveLength(3)
})

test('each path gets its own page (a trailing slash too); an unknown one none, and the entry module then does nothing', () => {
  const qa = page('/pages/qa/index/')
  qa.runEntry()
  expect(qa.links.map((l) => l.href)).toEqual(['/chunk/1.aaaa.js', '/chunk/3.dddd.js'])
  const unknown = page('/nowhere')
  expect(unknown.window[PRELOAD_GLOBAL]).toBeUndefined()
  expect(() => unknown.runEntry()).not.toThrow()
  expect(unknown.links).toEqual([])
})
