/**
 * The search corpus: every document the 问答 search finds, assembled from the content modules.
 * Used at build time (scripts/build-search-index.ts writes the index from it) and at run time
 * (the prebuilt index carries only postings; titles, refs and snippet text come from here, so no
 * text is shipped twice).
 */
import { EXPLAINERS } from '../content/explainers'
import { FAQ } from '../content/faq'
import { CHANNELS } from '../content/guide/channels'
import { LAWS } from '../content/laws'
import { XINFANG_2005_TO_2022 } from '../content/laws/concordance-2005'
import { createSearchIndex, type SearchIndex } from '../core/search/engine'
import type { SearchDoc, SearchIndexData } from '../core/search/types'
import type { Interpretation } from '../core/content/types'
import { articleLabel } from '../core/law/numerals'

/** `xinfang-2022/35` */
export function articleDocId(lawId: string, article: number): string {
  return `${lawId}/${article}`
}

/** Chapter / section titles without their 「第X章」 label: 「信访事项的办理」. */
function bareTitle(title: string): string {
  return title.replace(/^第[零〇一二两三四五六七八九十百]+[章节]\s*/, '')
}

/**
 * Text that is indexed but never shown in a result: the plain-language readings of the 条例's
 * articles (an article's snippet is its own text). The build passes them in; the app's run-time
 * corpus leaves them out, so they stay in the reader's package instead of the main one.
 */
export interface IndexedOnly {
  readings: readonly Interpretation[]
  /** The Q&A entries' keywords (×2; the index's `lex` carries what the engine needs of them). */
  faqKeywords: Readonly<Record<string, readonly string[]>>
  /** The Q&A entries' fuller answers (faq-answers.ts): indexed, but the app shows them only on the answer page. */
  faqAnswers: Readonly<Record<string, string>>
}

export function articleDocs(indexedOnly?: IndexedOnly): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const law of LAWS) {
    for (const chapter of law.chapters) {
      for (const article of chapter.articles) {
        const section = [...(chapter.sections ?? [])].reverse().find((s) => s.firstArticle <= article.number)
        const keywords = [bareTitle(chapter.title)]
        if (section) keywords.push(bareTitle(section.title))
        const text = article.paragraphs.join('\n')
        const reading = law.name === '信访工作条例' ? indexedOnly?.readings.find((r) => r.article === article.number) : undefined
        const plain = reading ? [reading.meaning, ...reading.whatToDo, reading.deadline ?? ''].join('\n') : ''
        // The three laws the 条例 points to are found by their name, number, chapter and section and
        // by what people asked for them, not by every word of their text: our Q&A answers explain
        // their rules in plain words and cite them. Their text indexed cost 26 KB of the search's
        // 300 and found nothing more: on questions 12,000–24,657, each block scored on an index that
        // learnt those before it, hit@1/hit@3 81.8/92.2 % with it, 81.9/92.2 % without; the three-way
        // off-topic guard answered 214 with it, 210 without.
        const indexedText = law.name === '信访工作条例' ? `\n${text}${plain ? '\n' + plain : ''}` : ''
        docs.push({
          id: articleDocId(law.id, article.number),
          type: 'article',
          title: `${law.name} ${articleLabel(article.number)}`,
          // The law's short name once, so 「行政复议法 申请期限」 prefers that law's articles.
          fields: { title: '', keywords, body: `${law.name}${indexedText}` },
          snippetText: text,
          refs: [{ law: law.name, article: article.number }],
        })
      }
    }
  }
  return docs
}

/**
 * Q&A entries: question (×3), everyday keywords (×2, at build time only), short and full answer (×1; the
 * full answer at build time only: at run time a result's snippet comes from the short answer, and
 * the main package does not carry the full ones).
 */
export function faqDocs(indexedOnly?: IndexedOnly): SearchDoc[] {
  return FAQ.map(
    (e): SearchDoc => ({
      id: e.id,
      type: 'faq',
      title: e.question,
      fields: { title: e.question, keywords: [...(indexedOnly?.faqKeywords[e.id] ?? [])], body: indexedOnly ? `${e.short}\n${indexedOnly.faqAnswers[e.id] ?? ''}` : e.short },
      refs: e.refs,
      ...(e.topic === '使用本程序' ? { aboutApp: true } : {}),
    })
  )
}

export function cardDocs(): SearchDoc[] {
  return EXPLAINERS.flatMap((chapter) =>
    chapter.cards.map(
      (card): SearchDoc => ({
        id: card.id,
        type: 'card',
        title: card.title,
        fields: { title: card.title, keywords: [bareTitle(chapter.title)], body: card.body },
        refs: card.refs,
      })
    )
  )
}

/** Guide-map channel cards (行政复议, 劳动仲裁, 信访…): what they are for, who handles them, limits. */
export function channelDocs(): SearchDoc[] {
  return CHANNELS.map(
    (ch): SearchDoc => ({
      id: ch.id,
      type: 'channel',
      title: ch.name,
      fields: {
        title: ch.name,
        keywords: ch.keywords ?? [],
        body: [ch.summary, ch.handler, ...ch.howToStart, ...ch.limits].map((c) => c.text).join('\n'),
      },
      snippetText: ch.summary.text,
      refs: ch.refs,
    })
  )
}

/** All documents, in index order: Q&A, articles, 图解 cards, guide channels. */
export function buildCorpus(indexedOnly?: IndexedOnly): SearchDoc[] {
  return [...faqDocs(indexedOnly), ...articleDocs(indexedOnly), ...cardDocs(), ...channelDocs()]
}

let cached: SearchIndex | undefined

/**
 * The app's search index, loaded once: the prebuilt JSON plus the corpus texts.
 * `search(getSearchIndex(), query)` from `src/core/search` then answers each keystroke.
 */
export function getSearchIndex(): SearchIndex {
  if (!cached) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('../content/generated/search-index.json') as SearchIndexData
    cached = createSearchIndex(data, buildCorpus(), { concordance2005: XINFANG_2005_TO_2022 })
  }
  return cached
}
