/**
 * Short links (src/core/links/short.ts) bound to the app's content and pages: which channels,
 * posters and articles exist, and the page each target opens. The server redirects `/p/*` to
 * `shortTargetPage(...)` (the H5 build uses the same paths), and the mini-program's entry page
 * opens the same page after a WeChat scan.
 */
import { parseShortPath, shortPathFromScan, SHORT_NOTE_TEXT, type ShortCatalog, type ShortNote, type ShortTarget } from '../core/links/short'
import type { LawId } from '../core/law/types'
import { isCarried } from '../core/law/citations'
import { CHANNELS } from '../content/guide/channels'
import { POSTERS } from '../content/media'
import { findArticle, lawById, lawIdOf, XINFANG } from '../content/laws/index'
import { articleRouteById, ROUTES, withQuery } from '../routes'

export const SHORT_CATALOG: ShortCatalog = {
  channels: new Set(CHANNELS.map((c) => c.id)),
  posters: new Set(POSTERS.map((p) => p.id)),
  hasArticle: (lawId, article) => {
    const law = lawById(lawId)
    return !!law && !!findArticle(law, article)
  },
  defaultLaw: XINFANG.id
}

/** What a short path opens, against the app's own content. */
export function resolveShortPath(path: string): ShortTarget {
  return parseShortPath(path, SHORT_CATALOG)
}

/** The page a target opens, as an app route with its query (also the H5 path). */
export function shortTargetPage(target: ShortTarget): string {
  switch (target.kind) {
    case 'home':
      return withQuery(ROUTES.home, { note: target.note })
    case 'guide':
      return withQuery(ROUTES.guide, { channel: target.channel })
    case 'article':
      return articleRouteById(target.law as LawId, target.article)
    case 'poster': {
      const ref = POSTERS.find((p) => p.id === target.id)?.refs.find(isCarried)
      return ref ? articleRouteById(lawIdOf(ref.law), ref.article) : ROUTES.posters
    }
    case 'process':
      return ROUTES.process
  }
}

/**
 * What the entry page (the home page, which WeChat's 「扫普通链接二维码打开小程序」 rule opens)
 * does with its launch options: `q` holds the scanned short URL (URL-encoded) → the target to open
 * next; `note` (from a `/p/…` redirect on H5) → a sentence to show. A target of the home page
 * itself opens nothing, but still shows its note.
 */
export function launchAction(params: { q?: string; note?: string } | undefined): { open: ShortTarget | null; note: string } {
  const scanned = shortPathFromScan(params?.q)
  const target = scanned ? resolveShortPath(scanned) : null
  const noteKey = (target?.kind === 'home' ? target.note : undefined) ?? params?.note
  const note = noteKey && noteKey in SHORT_NOTE_TEXT ? SHORT_NOTE_TEXT[noteKey as ShortNote] : ''
  return { open: target && target.kind !== 'home' ? target : null, note }
}
