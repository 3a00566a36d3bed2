import { numberToChinese } from './numerals'
import type { Article, ArticleRef } from './types'

const ITEM = /^（([一二三四五六七八九十]+)）/

export interface Clause {
  /** The 款's own text. */
  text: string
  /** Its enumerated items （一）（二）…, in order. */
  items: string[]
}

/**
 * The article's 款. The law data keeps item lines （一）（二）… as separate paragraphs; they belong
 * to the 款 that introduces them, so 第二十二条 has 2 款 although it has 5 stored paragraphs.
 */
export function clausesOf(article: Article): Clause[] {
  const clauses: Clause[] = []
  for (const p of article.paragraphs) {
    if (ITEM.test(p) && clauses.length) clauses[clauses.length - 1].items.push(p)
    else clauses.push({ text: p, items: [] })
  }
  return clauses
}

/** Why a citation does not resolve in the given article (undefined: no such article), or null when it does. */
export function refProblemIn(article: Article | undefined, ref: ArticleRef): string | null {
  if (!article) return `${ref.law} has no article ${ref.article}`
  const clauses = clausesOf(article)
  if (ref.paragraph !== undefined && (ref.paragraph < 1 || ref.paragraph > clauses.length)) {
    return `${ref.law} article ${ref.article} has ${clauses.length} paragraph(s), not ${ref.paragraph}`
  }
  // Chinese citation names no 款 when the article has only one: 第二十六条第一项, not 第二十六条第一款第一项.
  if (ref.paragraph !== undefined && clauses.length === 1) {
    return `${ref.law} article ${ref.article} has a single paragraph: cite it without a paragraph`
  }
  if (ref.item !== undefined) {
    const clause = clauses[(ref.paragraph ?? 1) - 1]
    if (!clause.items.length) return `${ref.law} article ${ref.article} paragraph ${ref.paragraph ?? 1} has no enumerated items`
    const line = clause.items[ref.item - 1]
    if (!line || !line.startsWith(`（${numberToChinese(ref.item)}）`)) return `${ref.law} article ${ref.article} has no item ${ref.item}`
  }
  return null
}
