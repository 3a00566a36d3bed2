import { parsePublicBase, shortPath, shortPathFromScan, shortUrl, type ShortTarget } from '../../../src/core/links/short'
import { launchAction, resolveShortPath, SHORT_CATALOG, shortTargetPage } from '../../../src/links/short-pages'
import { CHANNELS } from '../../../src/content/guide/channels'
import { POSTERS } from '../../../src/content/media'

const unknown = { kind: 'home', note: 'link-unknown' }

test('every channel, poster and article has a short path that parses back to it', () => {
  const targets: ShortTarget[] = [
    ...CHANNELS.map((c): ShortTarget => ({ kind: 'guide', channel: c.id })),
    ...POSTERS.map((p): ShortTarget => ({ kind: 'poster', id: p.id })),
    { kind: 'article', law: 'xinfang-2022', article: 1 },
    { kind: 'article', law: 'xinfang-2022', article: 50 },
    { kind: 'article', law: 'xingzheng-fuyi-2023', article: 20 },
    { kind: 'guide' },
    { kind: 'process' },
    { kind: 'home' }
  ]
  for (const t of targets) expect(resolveShortPath(shortPath(t, SHORT_CATALOG.defaultLaw))).toEqual(t)
  expect(shortPath({ kind: 'guide', channel: 'labor-arbitration' })).toBe('/p/guide/labor-arbitration')
  expect(shortPath({ kind: 'article', law: 'xinfang-2022', article: 35 }, 'xinfang-2022')).toBe('/p/article/35')
})

test('short paths open the right app pages', () => {
  expect(shortTargetPage(resolveShortPath('/p/guide/labor-arbitration'))).toBe('/pages/guide/index?channel=labor-arbitration')
  expect(shortTargetPage(resolveShortPath('/p/guide'))).toBe('/pages/guide/index')
  expect(shortTargetPage(resolveShortPath('/p/article/35'))).toBe('/packages/reader/pages/article/index?law=xinfang-2022&article=35')
  // A poster opens the article it explains first (review → 第三十五条).
  expect(shortTargetPage(resolveShortPath('/p/poster/review'))).toBe('/packages/reader/pages/article/index?law=xinfang-2022&article=35')
  expect(shortTargetPage(resolveShortPath('/p/process'))).toBe('/packages/guide/pages/process/index')
  expect(shortTargetPage(resolveShortPath('/p/'))).toBe('/pages/index/index')
})

test('tolerates case, a trailing slash and a query; anything unknown leads home with a note', () => {
  expect(resolveShortPath('/P/Guide/Labor-Arbitration/?from=print')).toEqual({ kind: 'guide', channel: 'labor-arbitration' })
  for (const bad of ['/p/guide/nope', '/p/article/51', '/p/article/0', '/p/article/035', '/p/article/3a', '/p/poster/', '/p/poster/x/y',
    '/p/zzz', '/p/article/no-law/3', '/p/guide//x', '/p/../admin', '/elsewhere', '/p/guide/labor-arbitration/extra/more']) {
    expect([bad, resolveShortPath(bad)]).toEqual([bad, unknown])
  }
  expect(shortTargetPage(resolveShortPath('/p/nope'))).toBe('/pages/index/index?note=link-unknown')
})

test('the public base must be an https origin', () => {
  expect(parsePublicBase('https://XF.example.gov.cn/')).toEqual({ ok: true, base: 'https://xf.example.gov.cn' })
  expect(parsePublicBase('https://xf.example.gov.cn:8443')).toEqual({ ok: true, base: 'https://xf.example.gov.cn:8443' })
  for (const bad of [undefined, '', 'http://xf.example.gov.cn', 'https://xf.example.gov.cn/app', 'xf.example.gov.cn', 'https://user@x.cn', 'https://localhost']) {
    const r = parsePublicBase(bad)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/公开地址/)
  }
  expect(shortUrl('https://xf.example.gov.cn', { kind: 'poster', id: 'review' })).toBe('https://xf.example.gov.cn/p/poster/review')
})

test('WeChat hands the scanned URL over encoded in q: the entry page finds the short path in it', () => {
  const url = 'https://xf.example.gov.cn/p/guide/labor-arbitration'
  expect(shortPathFromScan(encodeURIComponent(url))).toBe('/p/guide/labor-arbitration')
  expect(shortPathFromScan(encodeURIComponent(encodeURIComponent(url)))).toBe('/p/guide/labor-arbitration')
  expect(shortPathFromScan(url + '?x=1')).toBe('/p/guide/labor-arbitration')
  expect(shortPathFromScan(encodeURIComponent('https://xf.example.gov.cn/p'))).toBe('/p')
  expect(shortPathFromScan(encodeURIComponent('https://xf.example.gov.cn/other'))).toBeNull()
  expect(shortPathFromScan('%E0%A4%A')).toBeNull()
  expect(shortPathFromScan(undefined)).toBeNull()
  expect(shortPathFromScan('')).toBeNull()
})

test('the entry page turns launch options into what to open and what to say', () => {
  const q = (url: string) => encodeURIComponent(url)
  expect(launchAction({ q: q('https://xf.example.gov.cn/p/poster/review') })).toEqual({ open: { kind: 'poster', id: 'review' }, note: '' })
  expect(launchAction({ q: q('https://xf.example.gov.cn/p/guide/mediation') })).toEqual({ open: { kind: 'guide', channel: 'mediation' }, note: '' })
  expect(launchAction({ q: q('https://xf.example.gov.cn/p/nope') }).open).toBeNull()
  expect(launchAction({ q: q('https://xf.example.gov.cn/p/nope') }).note).toMatch(/无法识别/)
  expect(launchAction({ q: q('https://xf.example.gov.cn/p/') })).toEqual({ open: null, note: '' })
  expect(launchAction({ note: 'link-unknown' }).note).toMatch(/无法识别/)
  expect(launchAction({ note: '<script>' })).toEqual({ open: null, note: '' })
  expect(launchAction({ q: q('https://elsewhere.example.com/x') })).toEqual({ open: null, note: '' })
  expect(launchAction(undefined)).toEqual({ open: null, note: '' })
})
