import { articleLabel, numberToChinese } from './numerals'
import type { ArticleRef, LawName } from './types'

/** 「第三十六条第三款」, 「行政复议法第二十条」 when the law is not the default regulation. */
export function formatRef(ref: ArticleRef, options: { withLaw?: boolean } = {}): string {
  const withLaw = options.withLaw ?? ref.law !== '信访工作条例'
  let label = articleLabel(ref.article)
  if (ref.paragraph) label += `第${numberToChinese(ref.paragraph)}款`
  if (ref.item) label += `第${numberToChinese(ref.item)}项`
  return withLaw ? `${ref.law === '信访工作条例' ? '《信访工作条例》' : ref.law}${label}` : label
}

export function sameArticle(a: ArticleRef, b: ArticleRef): boolean {
  return a.law === b.law && a.article === b.article
}

/** A citation without empty fields: cite('信访工作条例', 31, undefined, 6) → { law, article: 31, item: 6 }. */
export function cite(law: LawName, article: number, paragraph?: number, item?: number): ArticleRef {
  const ref: ArticleRef = { law, article }
  if (paragraph !== undefined) ref.paragraph = paragraph
  if (item !== undefined) ref.item = item
  return ref
}

/** A citation of the 2022 《信访工作条例》, the one content cites most. */
export function xinfangRef(article: number, paragraph?: number, item?: number): ArticleRef {
  return cite('信访工作条例', article, paragraph, item)
}
