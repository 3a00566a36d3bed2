import { articleLabel, numberToChinese } from './numerals'
import type { ArticleRef } from './types'

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
