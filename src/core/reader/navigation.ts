import type { ExplainerCard, ExplainerChapter } from '../content/types'
import type { Article, Law, LawName } from '../law/types'

/** The article numbers of a law in reading order. */
export function articleNumbers(law: Law): number[] {
  return law.chapters.flatMap((c) => c.articles.map((a) => a.number))
}

export interface Neighbours {
  prev?: number
  next?: number
}

/** The articles before and after `article` in reading order (none at the ends, none if unknown). */
export function neighboursOf(law: Law, article: number): Neighbours {
  const all = articleNumbers(law)
  const i = all.indexOf(article)
  if (i < 0) return {}
  const out: Neighbours = {}
  if (i > 0) out.prev = all[i - 1]
  if (i < all.length - 1) out.next = all[i + 1]
  return out
}

/** The opening words of an article, for lists: 「信访人对信访处理意见不服的，可以自收到…」. */
export function firstWords(article: Article, length = 24): string {
  const text = article.paragraphs.join('')
  return text.length > length ? text.slice(0, length) + '…' : text
}

/** The section (节) an article falls in, when its chapter has sections. */
export function sectionOf(law: Law, article: number): string | undefined {
  const chapter = law.chapters.find((c) => c.articles.some((a) => a.number === article))
  if (!chapter?.sections?.length) return undefined
  let found: string | undefined
  for (const s of chapter.sections) if (s.firstArticle <= article) found = s.title
  return found
}

/** Picture cards whose citations include this article, in chapter order, each once. */
export function cardsForArticle(chapters: ExplainerChapter[], law: LawName, article: number): Array<ExplainerCard & { chapter: number }> {
  const out: Array<ExplainerCard & { chapter: number }> = []
  for (const c of chapters) {
    for (const card of c.cards) {
      if (card.refs.some((r) => r.law === law && r.article === article)) out.push({ ...card, chapter: c.chapter })
    }
  }
  return out
}

/** Which chapter tab to show: the requested one if it exists, else the first. */
export function pickChapter(chapters: ExplainerChapter[], requested: string | number | undefined): number {
  const n = Number(requested)
  return chapters.some((c) => c.chapter === n) ? n : chapters[0]?.chapter ?? 1
}

/** The index of a card within its chapter (0 when absent). */
export function cardIndex(chapter: ExplainerChapter | undefined, id: string | undefined): number {
  if (!chapter || !id) return 0
  const i = chapter.cards.findIndex((c) => c.id === id)
  return i < 0 ? 0 : i
}

/** The same index kept within 0..count-1. */
export function clampIndex(i: number, count: number): number {
  if (count <= 0) return 0
  return Math.min(Math.max(0, Math.trunc(i) || 0), count - 1)
}
