/** Short Chinese names used everywhere a law is cited (data, API, CLI export). */
export type LawName = '信访工作条例' | '行政复议法' | '行政诉讼法' | '劳动争议调解仲裁法'

/** Stable ids used in routes (`?law=xinfang-2022&article=35`) and file names. */
export type LawId = 'xinfang-2022' | 'xingzheng-fuyi-2023' | 'xingzheng-susong-2017' | 'laodong-zhongcai-2007'

/** A citation: article, optionally narrowed to a paragraph (款) and item (项). */
export interface ArticleRef {
  law: LawName
  article: number
  paragraph?: number
  item?: number
}

export interface Article {
  /** 1-based article number (第三十五条 → 35). */
  number: number
  /** Paragraphs (款) of the official text, without the leading 「第X条」 label. */
  paragraphs: string[]
}

export interface Chapter {
  /** e.g. 「第四章 信访事项的办理」 */
  title: string
  /** Section (节) titles are kept on the article runs they head, where a law has sections. */
  sections?: { title: string; firstArticle: number }[]
  articles: Article[]
}

export interface Law {
  id: LawId
  name: LawName
  /** Full official title, e.g. 「中华人民共和国行政复议法」. */
  title: string
  /** Promulgation / revision notes printed under the title. */
  meta: string[]
  chapters: Chapter[]
}
