import type { ArticleRef } from '../law/types'

/** Kinds of things the 问答 search finds, shown on result cards as 问答 / 条文 / 图解 / 引导. */
export type SearchDocType = 'faq' | 'article' | 'card' | 'channel'

/** One searchable document, as assembled from the content by `src/search/corpus.ts`. */
export interface SearchDoc {
  /** Unique across the corpus: the FAQ / card / channel id, or `xinfang-2022/35` for an article. */
  id: string
  type: SearchDocType
  /** Display title: the question, the card headline, 「信访工作条例 第三十五条」… */
  title: string
  /** Weighted text fields: title (×3), keywords (×2), body (×1). */
  fields: { title: string; keywords: string[]; body: string }
  /** Text the snippet is cut from (defaults to fields.body). */
  snippetText?: string
  /** Articles the document rests on; an article cites itself. */
  refs: ArticleRef[]
  /** Help about this app itself (使用本程序): an answer only to a query that talks about the app. */
  aboutApp?: boolean
}

/** The prebuilt index as stored in `src/content/generated/search-index.json`. */
export interface SearchIndexData {
  /** Format version. */
  v: number
  /** FNV-1a hash of the document ids in order: the corpus this index was built from. */
  ids: string
  /** Number of documents. */
  n: number
  /** Field-weighted document lengths, in index order (`encodeNumbers`). */
  dl: string
  /**
   * CJK terms, grouped by first character, as `encodeCharLists` (codec.ts): the groups' first
   * characters, then each group's second characters. The group of 信 with seconds 访息 holds the
   * unigram 信 and the bigrams 信访 信息.
   */
  cjk: string
  /** Latin words and long digit runs, after the CJK terms in posting order. */
  words: string[]
  /**
   * Posting lists in term order (`encodeLists`: entropy-coded document steps and weighted tfs).
   * A character's list holds only its occurrences that start no bigram; the loader adds the rest.
   * Terms only asked questions use have no list here (see `asked`).
   */
  post: string
  /**
   * What documents learnt from the questions people asked (bigrams only), as `encodeLearnt`: per
   * term, the term-number step from the previous one (minus one), doubled, plus 1 when no content
   * uses the term (`post` then has no list for it), then that term's extra postings.
   */
  asked: string
  /**
   * Build-time character → pinyin table: each toneless syllable's characters (`encodeCharLists`),
   * in the order of the engine's syllable list (`SYLLABLES` in pinyin.ts; ü as v).
   */
  py: string
  /**
   * 繁体 / variant → 简体 folding for the characters the corpus uses, generated at build time
   * from OpenCC (後 → 后, 會 → 会…), as `encodeFold`: code-point steps, entropy-coded.
   */
  fold: string
  /** Phrases that fold only together (答覆 → 答复), space-separated, each key then value of equal length. */
  foldPhrases: string
  /**
   * The Q&A entries' and guide channels' keywords of two to four CJK characters, for the engine's
   * pinyin and homophone guesses (the keywords themselves stay out of the app: FAQ_KEYWORDS): those
   * of two characters, which are terms, as varint steps between term numbers (each minus one)…
   */
  lexPairs: string
  /** …and the longer ones, in order (`encodeWords`). */
  lex: string
  /**
   * Word pairs that speak for a question the app does not answer (`OFF_TOPIC_*` in build.ts): for
   * each, the step from the previous one's term number (minus one), then its weight in quarters
   * (`encodeTermWeights`).
   */
  off: string
  /**
   * How many of the tuning set's questions name each document as an answer (any place in their
   * `ids`), in index order (`encodeNumbers`): how often people ask about it (the engine's POPULARITY).
   */
  pop: string
  /**
   * The order the index numbers the documents in, when it is not the corpus's (`encodeOrder`): the
   * corpus position of each. Documents that share words sit together, so posting lists are smaller.
   */
  order?: string
}

/** Where a 2005 《信访条例》 article's rule lives in the 2022 regulation. */
export interface OldArticleNote {
  old: number
  topic?: string
  current: number[]
}

/** What the results page should say about the query itself. */
export type SearchNote =
  /** A law the app does not carry (宪法, 民事诉讼法…): no article of ours is opened for it. */
  | { kind: 'other-law'; law?: string; article: number }
  /** An article of the 2005 《信访条例》: where its rule is today. */
  | ({ kind: 'old-regulation' } & OldArticleNote)

/** A search with what the page needs around the results. */
export interface SearchAnswer {
  results: SearchResult[]
  notes: SearchNote[]
  /** Guide channels (ids) that fit the situation the query describes. */
  channels: string[]
  /**
   * False when nothing scores well (the best result covers too little of what was asked): the page
   * shows the honest 「没找到合适的答案」 screen instead of weak matches.
   */
  confident: boolean
}

export interface SearchOptions {
  /** Maximum number of results (default 10). */
  limit?: number
  /** Leave out snippets and highlight ranges (CLI, benchmark of ranking only). */
  noSnippets?: boolean
}

/** A highlight range [start, end) in UTF-16 units. */
export interface MatchRange {
  start: number
  end: number
}

export interface SearchResult {
  id: string
  type: SearchDocType
  title: string
  /** ~60 characters around the best match (or the start of the text), with … where cut. */
  snippet: string
  /** Ranges to highlight inside `snippet`. */
  ranges: MatchRange[]
  /** Ranges to highlight inside `title`. */
  titleRanges: MatchRange[]
  refs: ArticleRef[]
  score: number
}
