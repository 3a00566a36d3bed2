import { citationProblem, type ArticleLookup } from '../../core/law/citations'
import type { Article, ArticleRef, CarriedLawName, Law, LawId } from '../../core/law/types'
import xinfang from './xinfang-2022.json'
import fuyi from './xingzheng-fuyi-2023.json'
import susong from './xingzheng-susong-2017.json'
import laodong from './laodong-zhongcai-2007.json'

/** Every law the app reproduces, the 2022 regulation first. */
export const LAWS: Law[] = [xinfang as Law, fuyi as Law, susong as Law, laodong as Law]

export const XINFANG = LAWS[0]

export function lawById(id: string): Law | undefined {
  return LAWS.find((law) => law.id === id)
}

export function lawByName(name: string): Law | undefined {
  return LAWS.find((law) => law.name === name)
}

/**
 * The law a link names. Links are written by hand too (posters, QR codes, other sites), so
 * besides the id (`xinfang-2022`) accept the short name (信访工作条例), the full title and the
 * id without its year (`xinfang`), percent-encoded or not.
 */
export function lawFromParam(value: string | undefined): Law | undefined {
  if (!value) return undefined
  let text = value.trim()
  try {
    text = decodeURIComponent(text)
  } catch {
    // not encoded: use as is
  }
  text = text.replace(/^《|》$/g, '')
  return LAWS.find((law) => law.id === text || law.name === text || law.title === text || law.id.replace(/-\d{4}$/, '') === text)
}

export function lawIdOf(name: CarriedLawName): LawId {
  const law = lawByName(name)
  if (!law) throw new Error(`unknown law ${name}`)
  return law.id
}

export function findArticle(law: Law, number: number): Article | undefined {
  for (const chapter of law.chapters) {
    const found = chapter.articles.find((a) => a.number === number)
    if (found) return found
  }
  return undefined
}

export function chapterOf(law: Law, number: number) {
  return law.chapters.find((c) => c.articles.some((a) => a.number === number))
}

export function articleCount(law: Law): number {
  return law.chapters.reduce((n, c) => n + c.articles.length, 0)
}

/** The carried laws' articles, as the citation checker looks them up. */
export const carriedLookup: ArticleLookup = (name, article) => {
  const law = lawByName(name)
  return law ? findArticle(law, article) : undefined
}

/**
 * Why a citation does not resolve against the carried laws' text, or null when it does. A
 * citation of a supporting law (民事诉讼法…) is a problem here: the content tests check those
 * against shared/reference/laws/supporting/ with their own lookup.
 */
export function refProblem(ref: ArticleRef): string | null {
  if (!lawByName(ref.law)) return `${ref.law} is not a law the reader carries`
  return citationProblem(ref, carriedLookup)
}
