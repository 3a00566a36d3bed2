/**
 * Builds the 问答 search index: `npx tsx scripts/build-search-index.ts` writes
 * src/content/generated/search-index.json from the corpus (src/search/corpus.ts).
 * Pinyin is computed here with pinyin-pro, never on the phone: the index carries a small
 * character → toneless-syllable table (the characters of the corpus with the readings they have
 * in context, plus the 3755 common characters of GB2312 level 1 for homophone typos).
 * `--check` exits 1 when the committed file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { TextDecoder } from 'node:util'
import { dirname, join } from 'node:path'
import { pinyin } from 'pinyin-pro'
import * as OpenCC from 'opencc-js'
import { buildIndexData } from '../src/core/search/build'
import { isCjk } from '../src/core/search/normalize'
import { FILLERS, OLD_REGULATION_NAMES, OTHER_LAW_NAMES, SITUATIONS, SPOKEN_FORMS, TYPOS } from '../src/core/search/tables'
import type { SearchDoc, SearchIndexData } from '../src/core/search/types'
import { FAQ_ANSWERS } from '../src/content/faq-answers'
import { FAQ_KEYWORDS } from '../src/content/faq-keywords'
import { INTERPRETATIONS } from '../src/content/interpretations'
import { buildCorpus } from '../src/search/corpus'
import { EVAL_QUERIES, type EvalQuery } from '../tests/search/eval-queries'
import { OFFTOPIC_MORE_QUERIES } from '../tests/search/offtopic-more-queries'
import { OFFTOPIC_QUERIES } from '../tests/search/offtopic-queries'
import { OFFTOPIC_THIRD_QUERIES } from '../tests/search/offtopic-third-queries'
import { OFFTOPIC_FOURTH_QUERIES } from '../tests/search/offtopic-fourth-queries'

export const INDEX_PATH = join(__dirname, '..', 'src', 'content', 'generated', 'search-index.json')
/** The document order the index follows (`scripts/order-search-docs.ts` writes it). */
export const DOC_ORDER_PATH = join(__dirname, '..', 'src', 'content', 'generated', 'search-doc-order.json')

/**
 * Corpus positions in the committed document order: the documents it names, then any it does not
 * (new since it was chosen) in corpus order. None when there is no order file.
 */
export function committedDocOrder(docs: readonly SearchDoc[]): number[] | undefined {
  let ids: string[]
  try {
    ids = JSON.parse(readFileSync(DOC_ORDER_PATH, 'utf8')) as string[]
  } catch {
    return undefined
  }
  const position = new Map(docs.map((d, i) => [d.id, i]))
  const order = ids.filter((id) => position.has(id)).map((id) => position.get(id)!)
  const placed = new Set(order)
  docs.forEach((_, i) => {
    if (!placed.has(i)) order.push(i)
  })
  return order
}

function toneless(p: string): string {
  return p.replace(/ü/g, 'v')
}

/** GB2312 level-1 characters (rows 0xB0–0xD7): the ~3755 most common hanzi. */
function commonChars(): string[] {
  const decoder = new TextDecoder('gb2312')
  const out: string[] = []
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]))
      if (ch.length === 1 && ch !== '\ufffd') out.push(ch)
    }
  }
  return out
}

export function charPinyinTable(docs: SearchDoc[]): Map<string, string[]> {
  const table = new Map<string, Set<string>>()
  const note = (ch: string, syl: string) => {
    if (!/^[a-z]+$/.test(syl)) return
    let s = table.get(ch)
    if (!s) table.set(ch, (s = new Set()))
    s.add(syl)
  }
  // Readings in context (pinyin-pro segments words, so 调解 → tiao, 调查 → diao).
  const texts: string[] = []
  for (const d of docs) texts.push(d.fields.title, ...d.fields.keywords, d.fields.body)
  texts.push(...Object.keys(TYPOS), ...Object.values(TYPOS), ...Object.keys(SPOKEN_FORMS), ...Object.values(SPOKEN_FORMS))
  for (const text of texts) {
    for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
      const sylls = pinyin(run, { toneType: 'none', type: 'array' })
      if (sylls.length !== run.length) continue
      for (let i = 0; i < run.length; i++) note(run[i], toneless(sylls[i]))
    }
  }
  // Common characters with their usual reading, so a typed homophone can be mapped back.
  for (const ch of commonChars()) {
    if (!isCjk(ch.charCodeAt(0))) continue
    note(ch, toneless(pinyin(ch, { toneType: 'none' })))
  }
  const out = new Map<string, string[]>()
  for (const ch of [...table.keys()].sort()) out.set(ch, [...table.get(ch)!].sort())
  return out
}

/** Every text the engine matches against: the documents and the hand-written tables. */
function corpusTexts(docs: SearchDoc[]): string[] {
  const texts: string[] = []
  // What a result shows counts too (an article's text, indexed or not): a character it uses is never
  // folded, so what was typed is marked in it as typed (著 of 著作权).
  for (const d of docs) texts.push(d.fields.title, ...d.fields.keywords, d.fields.body, d.snippetText ?? '')
  texts.push(...Object.keys(TYPOS), ...Object.values(TYPOS), ...Object.keys(SPOKEN_FORMS), ...Object.values(SPOKEN_FORMS))
  for (const s of SITUATIONS) texts.push(...s.words, ...(s.terms ?? []))
  texts.push(...FILLERS, ...OTHER_LAW_NAMES, ...OLD_REGULATION_NAMES)
  return texts
}

/**
 * 繁体 / variant → 简体 for every character the corpus uses: each CJK character is converted alone
 * by OpenCC's Taiwan, Hong Kong and generic traditional → mainland converters; a character whose
 * simplified form is a corpus character (and which the corpus does not itself use) folds to it.
 * Only this table ships (in the index), not OpenCC.
 */
export function variantFoldTable(docs: SearchDoc[]): Map<string, string> {
  const used = new Set<string>()
  for (const text of corpusTexts(docs)) for (const ch of text) if (isCjk(ch.charCodeAt(0))) used.add(ch)
  const all: string[] = []
  for (let c = 0x3400; c <= 0x9fff; c++) if (isCjk(c)) all.push(String.fromCharCode(c))
  for (let c = 0xf900; c <= 0xfaff; c++) all.push(String.fromCharCode(c))
  const fold = new Map<string, string>()
  for (const from of ['tw', 'hk', 't'] as const) {
    // One character per line: OpenCC's phrase rules never span a line break.
    const out = OpenCC.Converter({ from, to: 'cn' })(all.join('\n')).split('\n')
    if (out.length !== all.length) throw new Error('OpenCC changed the number of lines')
    all.forEach((ch, i) => {
      const s = out[i]
      if (s.length === 1 && s !== ch && used.has(s) && !used.has(ch) && !fold.has(ch)) fold.set(ch, s)
    })
  }
  return fold
}

/** OpenCC's phrase dictionaries that map traditional or regional phrases back (答覆 → 答复, 資訊 → 信息). */
const PHRASE_DICTS = ['TSPhrases', 'TWVariantsRevPhrases', 'HKVariantsRevPhrases', 'TWPhrasesRev', 'HKPhrasesRev']

/**
 * Phrases whose characters fold only together: 答覆 → 答复 (覆 alone is a 简体 character the corpus
 * uses). Keys are written as the character fold leaves them; only phrases of equal length whose
 * 简体 form the corpus contains are kept.
 */
export function variantPhraseTable(docs: SearchDoc[], fold: Map<string, string>): Map<string, string> {
  const corpus = corpusTexts(docs).join('\n')
  const dir = join(dirname(require.resolve('opencc-js')), '..', 'esm-lib', 'dict')
  const keys = new Set<string>()
  for (const name of PHRASE_DICTS) {
    const text = readFileSync(join(dir, `${name}.js`), 'utf8')
    const body = /"([^"]*)"/.exec(text)?.[1] ?? ''
    for (const entry of body.split('|')) {
      const key = entry.split(' ')[0]
      if (key && key.length >= 2 && key.length <= 4) keys.add(key)
    }
  }
  const list = [...keys]
  const out = new Map<string, string>()
  for (const from of ['tw', 'hk', 't'] as const) {
    const conv = OpenCC.Converter({ from, to: 'cn' })(list.join('\n')).split('\n')
    list.forEach((key, i) => {
      const simple = conv[i]
      const folded = [...key].map((ch) => fold.get(ch) ?? ch).join('')
      if (simple.length !== key.length || simple === folded || !corpus.includes(simple)) return
      if (!out.has(folded)) out.set(folded, simple)
    })
  }
  return out
}

/**
 * The questions each document answers, from the tuning set (tests/search/eval-queries.ts), whose
 * judged answers double as training data: a question goes to the best document named in its
 * `ids`, or, when it names none, to the accepted articles themselves (not to every text citing them).
 * Held-out sets never come here; tests/unit/search/asked.test.ts checks that.
 */
export function askedQuestions(docs: readonly SearchDoc[], questions: readonly EvalQuery[] = EVAL_QUERIES): Map<number, string[]> {
  const byId = new Map(docs.map((d, i) => [d.id, i]))
  const out = new Map<number, string[]>()
  const note = (i: number, q: string) => {
    const list = out.get(i)
    if (list) list.push(q)
    else out.set(i, [q])
  }
  for (const q of questions) {
    if (q.ids?.length) {
      // The answer judged best (ids are listed best first): a secondary answer learning the
      // question's words would pull a picture card over the Q&A that answers (复查要多久).
      const best = q.ids.find((id) => byId.has(id))
      if (best) note(byId.get(best)!, q.query)
      continue
    }
    docs.forEach((d, i) => {
      if (d.type === 'article' && d.refs.some((r) => q.accept.some((a) => a.law === r.law && a.article === r.article))) note(i, q.query)
    })
  }
  return out
}

/**
 * Per corpus position, how many questions name the document in their `ids`, wherever in the list
 * (the index's `pop`). Counting every judged answer, not only the best one the words are learnt
 * from, measured better: see POPULARITY in engine.ts.
 */
export function namedCounts(docs: readonly SearchDoc[], questions: readonly EvalQuery[] = EVAL_QUERIES): number[] {
  const byId = new Map(docs.map((d, i) => [d.id, i]))
  const counts = docs.map(() => 0)
  for (const q of questions) for (const id of new Set(q.ids ?? [])) if (byId.has(id)) counts[byId.get(id)!]++
  return counts
}

/** The corpus as indexed: the app's run-time corpus plus the text it indexes but never shows. */
export function indexedCorpus(): SearchDoc[] {
  return buildCorpus({ readings: INTERPRETATIONS, faqKeywords: FAQ_KEYWORDS, faqAnswers: FAQ_ANSWERS })
}

let lexicon: Set<string> | undefined

/**
 * Two-character words of jieba's dictionary (dict.txt of @node-rs/jieba, MIT, about 350,000
 * entries: a word, its frequency, its part of speech a line). A word pair people use counts as a
 * word sooner when the dictionary has it (build.ts, LEXICON_WORD_MIN_QUESTIONS). Build time only.
 */
export function lexiconWords(): Set<string> {
  if (lexicon) return lexicon
  const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
  lexicon = new Set()
  for (const line of text.split('\n')) {
    const word = line.slice(0, line.indexOf(' '))
    if (word.length === 2 && isCjk(word.charCodeAt(0)) && isCjk(word.charCodeAt(1))) lexicon.add(word)
  }
  return lexicon
}

/** The index's build-time tables (pinyin and 繁体 folding for the content, the word list), for indexes built from other questions. */
export function contentTables(docs: SearchDoc[]): {
  pinyin: Map<string, string[]>
  fold: Map<string, string>
  phrases: Map<string, string>
  lexicon: ReadonlySet<string>
} {
  const fold = variantFoldTable(docs)
  return { pinyin: charPinyinTable(docs), fold, phrases: variantPhraseTable(docs, fold), lexicon: lexiconWords() }
}

/** Questions nothing in the app answers that the index learns from: the off-topic TUNING sets only (never the held-out one). */
export const OFF_TOPIC_TUNING: readonly string[] = [...OFFTOPIC_QUERIES, ...OFFTOPIC_MORE_QUERIES, ...OFFTOPIC_THIRD_QUERIES, ...OFFTOPIC_FOURTH_QUERIES]

/** The index that learnt from `questions` and `offTopic` (by default the whole tuning sets: the index the app ships). */
export function buildSearchIndexData(
  questions: readonly EvalQuery[] = EVAL_QUERIES,
  docs = indexedCorpus(),
  tables = contentTables(docs),
  offTopic: readonly string[] = OFF_TOPIC_TUNING,
  docOrder: readonly number[] | undefined = committedDocOrder(docs)
): SearchIndexData {
  return buildIndexData(docs, tables.pinyin, tables.fold, tables.phrases, askedQuestions(docs, questions), tables.lexicon, offTopic, docOrder, namedCounts(docs, questions))
}

export function serializeIndex(data: SearchIndexData): string {
  return JSON.stringify(data) + '\n'
}

function main() {
  const json = serializeIndex(buildSearchIndexData())
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(INDEX_PATH, 'utf8')
    } catch {
      /* missing */
    }
    if (current !== json) {
      console.error('search-index.json 已过期，请运行 npx tsx scripts/build-search-index.ts / search index is out of date')
      process.exit(1)
    }
    console.log('search-index.json is up to date')
    return
  }
  mkdirSync(dirname(INDEX_PATH), { recursive: true })
  writeFileSync(INDEX_PATH, json)
  console.log(`wrote ${INDEX_PATH} (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB)`)
}

if (require.main === module) main()
