import type { Article } from './types'

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
