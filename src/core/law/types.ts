/** The four laws the app reproduces in its reader (short Chinese names). */
export type CarriedLawName = '信访工作条例' | '行政复议法' | '行政诉讼法' | '劳动争议调解仲裁法'

/**
 * Laws the answers cite beyond the four: named with their article, shown as plain text (the reader
 * does not carry them). Their texts are in shared/reference/laws/supporting/, which a test checks
 * every such citation against.
 */
export type SupportingLawName =
  | '民事诉讼法'
  | '刑事诉讼法'
  | '行政诉讼法解释'
  | '反家庭暴力法'
  | '法律援助法'
  | '国家赔偿法'
  | '人民调解法'
  | '劳动保障监察条例'
  | '保障农民工工资支付条例'
  | '政府信息公开条例'
  | '民法典'

/** Short Chinese names used everywhere a law is cited (data, API, CLI export). */
export type LawName = CarriedLawName | SupportingLawName

/** Stable ids used in routes (`?law=xinfang-2022&article=35`) and file names. */
export type LawId = 'xinfang-2022' | 'xingzheng-fuyi-2023' | 'xingzheng-susong-2017' | 'laodong-zhongcai-2007'

/** A citation: article, optionally narrowed to a paragraph (款) and item (项). */
export interface ArticleRef {
  law: LawName
  article: number
  paragraph?: number
  item?: number
}

/** A citation of a law the reader carries: it can open the reader at that article. */
export type CarriedRef = ArticleRef & { law: CarriedLawName }

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
  name: CarriedLawName
  /** Full official title, e.g. 「中华人民共和国行政复议法」. */
  title: string
  /** Promulgation / revision notes printed under the title. */
  meta: string[]
  chapters: Chapter[]
}
