/**
 * Citations: the one place that writes, checks and de-duplicates them. Pure TypeScript (no Taro),
 * used by the app, the CLI, the content tests and the guide engine alike.
 */
import { articleLabel, numberToChinese } from './numerals'
import { clausesOf } from './structure'
import type { ArticleRef, CarriedLawName, CarriedRef, LawName, SupportingLawName } from './types'

/** The laws the reader carries, the 2022 regulation first. */
export const CARRIED_LAWS: readonly CarriedLawName[] = ['信访工作条例', '行政复议法', '行政诉讼法', '劳动争议调解仲裁法']

/** Laws cited by name and article but not carried: their short name and full official title. */
export const SUPPORTING_LAWS: readonly { name: SupportingLawName; title: string }[] = [
  { name: '民事诉讼法', title: '中华人民共和国民事诉讼法' },
  { name: '刑事诉讼法', title: '中华人民共和国刑事诉讼法' },
  { name: '行政诉讼法解释', title: '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释' },
  { name: '反家庭暴力法', title: '中华人民共和国反家庭暴力法' },
  { name: '法律援助法', title: '中华人民共和国法律援助法' },
  { name: '国家赔偿法', title: '中华人民共和国国家赔偿法' },
  { name: '人民调解法', title: '中华人民共和国人民调解法' },
  { name: '劳动保障监察条例', title: '劳动保障监察条例' },
  { name: '保障农民工工资支付条例', title: '保障农民工工资支付条例' },
  { name: '政府信息公开条例', title: '中华人民共和国政府信息公开条例' },
  { name: '民法典', title: '中华人民共和国民法典' }
]

export const LAW_NAMES: readonly LawName[] = [...CARRIED_LAWS, ...SUPPORTING_LAWS.map((l) => l.name)]

export function isLawName(name: string): name is LawName {
  return (LAW_NAMES as readonly string[]).includes(name)
}

/** True when the reader carries the law, so the citation can open it. */
export function isCarried(ref: Pick<ArticleRef, 'law'>): ref is CarriedRef {
  return (CARRIED_LAWS as readonly string[]).includes(ref.law)
}

/** A citation without empty fields: cite('信访工作条例', 31, undefined, 6) → { law, article: 31, item: 6 }. */
export function cite(law: LawName, article: number, paragraph?: number, item?: number): ArticleRef {
  const ref: ArticleRef = { law, article }
  if (paragraph !== undefined) ref.paragraph = paragraph
  if (item !== undefined) ref.item = item
  return ref
}

/** cite() bound to one law: `const x = citing('信访工作条例'); x(31, undefined, 6)`. */
export function citing<L extends LawName>(law: L): (article: number, paragraph?: number, item?: number) => ArticleRef & { law: L } {
  return (article, paragraph, item) => cite(law, article, paragraph, item) as ArticleRef & { law: L }
}

/** A citation of the 2022 《信访工作条例》, the one content cites most. */
export const xinfangRef = citing('信访工作条例')

/** 「第三十六条第三款」 without the law's name. */
export function articlePart(ref: Pick<ArticleRef, 'article' | 'paragraph' | 'item'>): string {
  let label = articleLabel(ref.article)
  if (ref.paragraph) label += `第${numberToChinese(ref.paragraph)}款`
  if (ref.item) label += `第${numberToChinese(ref.item)}项`
  return label
}

/**
 * 「《信访工作条例》第三十六条第三款」, 「民事诉讼法第二百一十六条」. Every citation names its law
 * unless `withLaw: false` is asked for where the law is already plain (the reader's own article).
 */
export function formatRef(ref: ArticleRef, options: { withLaw?: boolean } = {}): string {
  const label = articlePart(ref)
  if (options.withLaw === false) return label
  return `${ref.law === '信访工作条例' ? '《信访工作条例》' : ref.law}${label}`
}

/**
 * How a list of citations reads: every citation names its law when asked (`withLaw: true`, as the
 * guide's cards do) or when the list mixes in another law, so that a bare 「第三十一条第二项」 is never
 * read as the law named just before it. A list of 《信访工作条例》 articles alone stays short.
 */
export function citationLabel(ref: ArticleRef, list: readonly ArticleRef[], options: { withLaw?: boolean } = {}): string {
  const named = options.withLaw ?? list.some((r) => r.law !== '信访工作条例')
  return formatRef(ref, { withLaw: named || ref.law !== '信访工作条例' })
}

export function sameArticle(a: Pick<ArticleRef, 'law' | 'article'>, b: Pick<ArticleRef, 'law' | 'article'>): boolean {
  return a.law === b.law && a.article === b.article
}

function refKey(r: ArticleRef): string {
  return `${r.law}|${r.article}|${r.paragraph ?? ''}|${r.item ?? ''}`
}

/** The citations without exact repeats, in the order first cited. */
export function uniqueRefs<T extends ArticleRef>(refs: readonly T[]): T[] {
  const seen = new Set<string>()
  return refs.filter((r) => (seen.has(refKey(r)) ? false : (seen.add(refKey(r)), true)))
}

/**
 * The articles cited, once each and without 款/项 (第三十五条第一款 and 第三十五条第二款 are both
 * 第三十五条), in the order first cited.
 */
export function citedArticles(refs: readonly ArticleRef[]): ArticleRef[] {
  return uniqueRefs(refs.map((r) => ({ law: r.law, article: r.article })))
}

/** Looks up an article's paragraphs as stored (items 「（一）…」 are separate entries). */
export type ArticleLookup = (law: string, article: number) => { paragraphs: string[] } | undefined

/**
 * Why a citation does not point at existing text in the way Chinese law cites it, or null when
 * it does: the article exists; a 款 exists and is named only when the article has more than one;
 * a 项 exists in its 款, and a 项 without a 款 only where the article has a single 款
 * (第三十一条第六项, but 第二十二条第一款第三项).
 */
export function citationProblem(ref: ArticleRef, lookup: ArticleLookup): string | null {
  const where = formatRef(ref)
  if (!Number.isInteger(ref.article) || ref.article < 1) return `${where}: no such article`
  const article = lookup(ref.law, ref.article)
  if (!article || !article.paragraphs.length) return `${where}: ${ref.law} has no article ${ref.article}`
  const clauses = clausesOf({ number: ref.article, paragraphs: article.paragraphs })
  if (ref.paragraph !== undefined) {
    if (!Number.isInteger(ref.paragraph) || ref.paragraph < 1 || ref.paragraph > clauses.length) {
      return `${where}: article ${ref.article} has ${clauses.length} paragraph(s), not ${ref.paragraph}`
    }
    if (clauses.length === 1) return `${where}: article ${ref.article} has a single paragraph: cite it without a paragraph`
  }
  if (ref.item !== undefined) {
    if (ref.paragraph === undefined && clauses.length > 1) {
      return `${where}: article ${ref.article} has ${clauses.length} paragraphs: name the paragraph of item ${ref.item}`
    }
    const clause = clauses[(ref.paragraph ?? 1) - 1]
    if (!clause.items.length) return `${where}: paragraph ${ref.paragraph ?? 1} has no enumerated items`
    const line = Number.isInteger(ref.item) && ref.item >= 1 ? clause.items[ref.item - 1] : undefined
    if (!line || !line.startsWith(`（${numberToChinese(ref.item)}）`)) return `${where}: no item ${ref.item}`
  }
  return null
}

/**
 * The text a citation points at (the paragraph with its items, the one item, or the whole
 * article), or undefined when it does not resolve (see citationProblem).
 */
export function resolveRef(ref: ArticleRef, lookup: ArticleLookup): string[] | undefined {
  if (citationProblem(ref, lookup) !== null) return undefined
  const article = lookup(ref.law, ref.article)!
  const clauses = clausesOf({ number: ref.article, paragraphs: article.paragraphs })
  const clause = clauses[(ref.paragraph ?? 1) - 1]
  if (ref.item !== undefined) return [clause.items[ref.item - 1]]
  if (ref.paragraph !== undefined) return [clause.text, ...clause.items]
  return article.paragraphs
}
