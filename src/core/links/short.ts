/**
 * Short links printed as QR codes (`https://<bureau>/p/guide/labor-arbitration`): the one mapping
 * between a short path and what it opens, used by the printer (which path to encode), the server
 * (`/p/*` redirects to the H5 page) and the mini-program's entry page (WeChat's 「扫普通链接二维码
 * 打开小程序」 hands the scanned URL over in `q`). Pure: what exists (channels, posters, articles) is
 * passed in as a catalog, and src/links/short-pages.ts turns a target into a page URL.
 *
 * Paths are stable once printed: never rename a prefix or an id that has been on paper.
 */

/** Every short link starts with this; WeChat's QR rule registers `<PUBLIC_BASE>/p/`. */
export const SHORT_PREFIX = '/p/'

/** What a short link opens. */
export type ShortTarget =
  /** The home page; `note` says why (an unknown or outdated link). */
  | { kind: 'home'; note?: ShortNote }
  /** The guide map, at one channel's card when `channel` is set. */
  | { kind: 'guide'; channel?: string }
  /** The reader at one article of the regulation (or of a law the app carries, by id). */
  | { kind: 'article'; law: string; article: number }
  /** A poster: it opens the page it is about (the article it cites first). */
  | { kind: 'poster'; id: string }
  /** The petition process map. */
  | { kind: 'process' }

/** Why a link landed on the home page (the home page shows a sentence for it). */
export type ShortNote = 'link-unknown'

/** Chinese sentences for the notes, shown on the home page. */
export const SHORT_NOTE_TEXT: Record<ShortNote, string> = {
  'link-unknown': '这个二维码或链接无法识别，可能已经过期。已为您打开首页，可以从这里找到需要的内容。'
}

/** What exists, so that an unknown id leads home instead of to an empty page. */
export interface ShortCatalog {
  channels: ReadonlySet<string>
  posters: ReadonlySet<string>
  /** Whether a law (by id, `xinfang-2022`) has this article. */
  hasArticle: (lawId: string, article: number) => boolean
  /** The law `/p/article/N` means. */
  defaultLaw: string
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** The short path of a target, e.g. `/p/guide/labor-arbitration`, `/p/article/35`. */
export function shortPath(target: ShortTarget, defaultLaw?: string): string {
  switch (target.kind) {
    case 'home':
      return SHORT_PREFIX
    case 'guide':
      return target.channel ? `${SHORT_PREFIX}guide/${target.channel}` : `${SHORT_PREFIX}guide`
    case 'article':
      return target.law === defaultLaw ? `${SHORT_PREFIX}article/${target.article}` : `${SHORT_PREFIX}article/${target.law}/${target.article}`
    case 'poster':
      return `${SHORT_PREFIX}poster/${target.id}`
    case 'process':
      return `${SHORT_PREFIX}process`
  }
}

const UNKNOWN: ShortTarget = { kind: 'home', note: 'link-unknown' }

function articleTarget(catalog: ShortCatalog, law: string, text: string): ShortTarget {
  if (!/^[1-9]\d{0,3}$/.test(text)) return UNKNOWN
  const n = Number(text)
  return catalog.hasArticle(law, n) ? { kind: 'article', law, article: n } : UNKNOWN
}

/**
 * What a short path opens. Accepts the path with or without a query or a trailing slash, in any
 * letter case; anything unknown (a typo, a channel or poster since removed) opens the home page
 * with a note rather than an error, because a printed code cannot be corrected.
 */
export function parseShortPath(path: string, catalog: ShortCatalog): ShortTarget {
  const bare = (path.split(/[?#]/)[0] ?? '').toLowerCase().replace(/\/+$/, '')
  if (bare === '/p' || bare === '') return { kind: 'home' }
  if (!bare.startsWith(SHORT_PREFIX)) return UNKNOWN
  const parts = bare.slice(SHORT_PREFIX.length).split('/')
  const [head, a, b] = parts
  if (parts.length > 3 || parts.some((p) => p === '')) return UNKNOWN
  switch (head) {
    case 'guide':
      if (a === undefined) return { kind: 'guide' }
      return b === undefined && ID.test(a) && catalog.channels.has(a) ? { kind: 'guide', channel: a } : UNKNOWN
    case 'poster':
      return a !== undefined && b === undefined && ID.test(a) && catalog.posters.has(a) ? { kind: 'poster', id: a } : UNKNOWN
    case 'article':
      if (a === undefined) return UNKNOWN
      if (b === undefined) return articleTarget(catalog, catalog.defaultLaw, a)
      return ID.test(a) ? articleTarget(catalog, a, b) : UNKNOWN
    case 'process':
      return a === undefined ? { kind: 'process' } : UNKNOWN
    default:
      return UNKNOWN
  }
}

/**
 * The bureau's public https address without a trailing slash, or an error in Chinese. QR codes
 * must use https (WeChat only opens https links and registered domains) and no path, query or
 * credentials: the short path is appended to it.
 */
export function parsePublicBase(value: string | undefined): { ok: true; base: string } | { ok: false; message: string } {
  const text = (value ?? '').trim().replace(/\/+$/, '')
  if (!text) return { ok: false, message: '未设置公开地址 PUBLIC_BASE（如 https://xf.example.gov.cn），无法生成二维码链接。' }
  const m = /^https:\/\/([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:\d{1,5})?$/i.exec(text)
  if (!m) return { ok: false, message: `公开地址「${text}」无效：应为 https:// 开头的域名，不带路径，如 https://xf.example.gov.cn。` }
  return { ok: true, base: text.toLowerCase() }
}

/** The full URL a QR code encodes. `base` comes from parsePublicBase. */
export function shortUrl(base: string, target: ShortTarget, defaultLaw?: string): string {
  return base + shortPath(target, defaultLaw)
}

/**
 * The short path inside what WeChat hands the page that a scanned 「普通链接二维码」 opens:
 * `options.q` is the scanned URL, URL-encoded. Returns null when `q` is not one of our short
 * links (then the page simply opens as itself). The host is not checked: WeChat only opens the
 * mini-program for the prefixes registered in its console.
 */
export function shortPathFromScan(q: string | undefined): string | null {
  if (!q) return null
  let url = q
  // WeChat encodes the URL once; a link shared through other tools may arrive encoded twice.
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(url); i++) {
    try {
      url = decodeURIComponent(url)
    } catch {
      return null
    }
  }
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url.trim())
  if (!m) return null
  const path = m[1] ?? '/'
  return path === '/p' || path.startsWith(SHORT_PREFIX) ? path : null
}
