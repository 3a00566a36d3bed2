/**
 * Build-time side of the search index: turns documents into the compact `SearchIndexData`.
 * Pure TypeScript; the character → pinyin table is computed by the caller (the build script,
 * with pinyin-pro) and passed in, so nothing here needs a pinyin library.
 */
import { encodeCharLists, encodeFold, encodeLearnt, encodeLists, encodeNumbers, encodeOrder, encodeTermWeights, encodeWords, fnv1a, writeVarint } from './codec'
import { SYLLABLES } from './pinyin'
import { normalize } from './normalize'
import { FILLERS, FRAMES, LEXICON, STOP_CHARS } from './tables'
import { termLength, tokenize } from './tokenize'
import type { SearchDoc, SearchIndexData } from './types'

export const INDEX_VERSION = 12
export const FIELD_WEIGHTS = { title: 3, keywords: 2, body: 1 } as const

/**
 * A word pair (CJK bigram) from the questions people asked joins a document's postings when at
 * least this many of the questions it answers use it. Chosen by the bench's cross-check (each sixth
 * of the tuning set on an index that learnt from the rest): hit@1/hit@3 83.4/94.1 %
 * at 1 (22 KB learnt), 82.1/93.2 % at 2 (7 KB), 80.9/92.9 % at 3 (when it had 1,389 questions).
 * A word the document's own text already has needs more (ASKED_MIN_QUESTIONS_IN_TEXT).
 */
export const ASKED_MIN_QUESTIONS = 1

/**
 * A word the document's own text already has is learnt only when at least this many of its
 * questions use it: one or two questions add little to what the text says. At 2 (19,591 questions):
 * 3.0 KB of room for the same cross-check and tuning batches 103–113 on arrival, question-first
 * batches 114–117 on arrival 73.7/87.0 % against 73.7/87.9 % at 1. At 3 (20,516): 1.4 KB more, the
 * same cross-check (88.2/96.3 %), question-first batches 114–121 on arrival 75.3/89.4 → 75.7/89.8 %,
 * and 230 of the 1,000 off-topic tuning queries answered by the three-way guard instead of 231.
 * At 4 (20,810): 0.8 KB more, the same cross-check, question-first batches 114–133 on arrival
 * 75.9/89.3 → 76.1/89.3 %, the guard 231 → 230.
 */
export const ASKED_MIN_QUESTIONS_IN_TEXT = 4

/**
 * A word pair no content uses (衙门, 差评, 跑腿: how people say it) becomes a term when at least this
 * many asked questions use it, whichever documents they went to, or LEXICON_WORD_MIN_QUESTIONS when
 * a dictionary lists it as a word (`lexicon`: 门牙, 烧烤 are words; 子是 of 房子是 straddles two);
 * each document whose questions use it learns it as above. Such terms rank but never find on their
 * own, and count half when deciding whether an answer is good enough to show (engine.ts).
 * Chosen on batches 31–35 of the tuning set scored before the index learnt from them (1,064
 * questions, answers shown; index size when learning the whole tuning set), hit@1/hit@3:
 * 75.0/88.0 % at 3 (210.6 KB), 76.3/88.8 % at 2 (225.9 KB), 76.2/88.9 % at 3 or 1 for a word
 * (222.3 KB), 77.1/89.4 % at 2 or 1 for a word (234.5 KB), 77.6/90.1 % at 1 (281.0 KB); an index
 * that learns nothing at all scores 60.0/75.1 %.
 * The tuning set's cross-check agrees: 82.3/92.4 % at 3, 83.2/93.2 % at 2 or 1 for a word.
 * At 5,758 questions, 2 or 1 for a word made the index 247.1 KB and the main package 1103.9 KB,
 * over its 1100 KB budget; 3 or 1 for a word (232.9 KB) kept it within. With the lists
 * entropy-coded (format 10), at 8,927 questions, batches 50–58 on an index that learnt batches
 * 1–49: 84.7/93.3 % at 3 (199.6 KB), 85.1/93.6 % at 2 (212.1 KB), 85.7/93.7 % at 1 (250.3 KB, which
 * leaves no room to learn more); batches 44–49 on one that learnt 1–43 agree (82.9/91.1, 83.3/91.4,
 * 83.7/91.6 %). 1 only for pairs without a function character scores as 2 does, for 231 KB.
 * At 20,810 questions, most of them written answer-first, 2 had grown to 250.1 KB and left no room
 * for question-first ones, which teach more (each wave learnt raised the next on arrival). 3 makes
 * the index 16.4 KB smaller: question-first batches 114–133 on arrival 76.1/89.3 → 75.7/89.1 %,
 * cross-check 88.2/96.3 → 88.0/96.2 %, the off-topic guard 230 → 227. 3 only for pairs with a
 * function character saves 2.1 KB for the same figures.
 */
export const NEW_WORD_MIN_QUESTIONS = 3
export const LEXICON_WORD_MIN_QUESTIONS = 1

/** Hash identifying a corpus by its document ids (checked when the index is loaded). */
export function corpusIdsHash(docs: { id: string }[]): string {
  return fnv1a(docs.map((d) => d.id).join('\n'))
}

/** Keywords are tokenised one by one so no bigram spans two keywords. */
function keywordTerms(keywords: string[]): string[] {
  const out: string[] = []
  for (const k of keywords) out.push(...tokenize(k))
  return out
}

/** A term of the CJK groups (a character or a bigram), as the index orders them. */
function isCjkTerm(t: string): boolean {
  const c = t.charCodeAt(0)
  return c >= 0x3400 && !(c >= 0xa000 && c < 0xf900)
}

/**
 * A character's own posting keeps only its occurrences that start no bigram (at the end of a run
 * of CJK text): the others are the sum of the bigrams it starts, which the loader adds back
 * (`restorePostings`). The index is about 45 KB smaller for it.
 */
function leaveOutBigramStarts(wtf: Map<string, number>): void {
  for (const [t, w] of wtf) {
    if (t.length !== 2 || !isCjkTerm(t)) continue
    const own = (wtf.get(t[0]) ?? 0) - w
    if (own < 0) throw new Error(`search index: ${t} counted more often than ${t[0]}`)
    wtf.set(t[0], own)
  }
  for (const [t, w] of wtf) if (w === 0) wtf.delete(t)
}

/**
 * The weight of a word pair that `questions` of a document's questions use: like a word of the
 * body once, and less for each repetition (1, 2, 3, 3, … 5 at sixteen), so a domain word every
 * question says (信访) does not pull a document to queries about something else. On the cross-check
 * this scores as the plain count does (hit@1/hit@3 82.5/93.7 % against 82.6/93.6 %).
 */
function learntWeight(questions: number): number {
  return FIELD_WEIGHTS.body * Math.round(1 + Math.log2(questions))
}

/**
 * Word pairs the content uses once, in a body, that no dictionary lists, no table names and no asked
 * question uses (`wanted`): nearly all straddle two words (是通 of 是通过, 位拒 of 单位拒绝). They
 * leave the index (their first character keeps the occurrence): 4,000 terms, 14 KB, and the
 * cross-check and the batches scored on arrival do not move (hit@1/hit@3 84.7/94.0 and 79.3/90.1 →
 * 79.3/90.0 % at 7,126 questions).
 */
function strayPairs(wtfs: readonly Map<string, number>[], wanted: (pair: string) => boolean): Set<string> {
  const uses = new Map<string, number>()
  const docs = new Map<string, number>()
  for (const wtf of wtfs) {
    for (const [t, w] of wtf) {
      uses.set(t, (uses.get(t) ?? 0) + w)
      docs.set(t, (docs.get(t) ?? 0) + 1)
    }
  }
  const tableWords = new Set(LEXICON)
  const stray = new Set<string>()
  for (const [t, w] of uses) {
    if (t.length === 2 && isCjkTerm(t) && w === FIELD_WEIGHTS.body && docs.get(t) === 1 && !tableWords.has(t) && !wanted(t)) stray.add(t)
  }
  return stray
}

/**
 * What a word pair says for a question being one the app does not answer: the log of how much more
 * often the off-topic tuning questions use it than the questions the app answers (each document whose
 * text has it counting as one more of those), in quarters, capped at 15; only pairs with a positive
 * weight that some off-topic question uses. 「天气」 and 「菜谱」 weigh a lot; 「手机」, which the
 * questions about the app also use, little; 「信访」 nothing. The engine adds them up (engine.ts,
 * OFF_TOPIC_MAX).
 */
function offTopicWeights(offPairs: readonly Set<string>[], inScopeUses: (pair: string) => number, inScope: number): Map<string, number> {
  const uses = new Map<string, number>()
  for (const pairs of offPairs) for (const t of pairs) uses.set(t, (uses.get(t) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [t, n] of uses) {
    const w = Math.log(n / offPairs.length / ((inScopeUses(t) + 1) / Math.max(1, inScope)))
    if (w > 0) weights.set(t, Math.min(60, Math.round(w * 4)))
  }
  return weights
}

/** Sentence particles: a bigram holding one straddles two words (访的 of 上访的人). */
const PARTICLES = new Set('的了吗呢啊吧呀么嘛哈哦噢呗咧嘞')

/** Worth learning: no particle, and not a pair of function characters (我们, 没有, 怎么) that every question has. */
function learnable(bigram: string): boolean {
  return !PARTICLES.has(bigram[0]) && !PARTICLES.has(bigram[1]) && !(STOP_CHARS.has(bigram[0]) && STOP_CHARS.has(bigram[1]))
}

/** What a question is about: its fillers (请问, 那个) and question frames (怎样, 是什么意思) blanked out. */
function substance(question: string, fold: ReadonlyMap<string, string>, phrases: ReadonlyMap<string, string>): string {
  // Read as the engine reads a query: 繁体 and variants folded (信訪 teaches 信访).
  let q = [...normalize(question)].map((ch) => fold.get(ch) ?? ch).join('')
  for (const [from, to] of phrases) if (q.includes(from)) q = q.split(from).join(to)
  for (const w of [...FILLERS, ...FRAMES]) if (q.includes(w)) q = q.split(w).join(' ')
  return q
}

/**
 * Learns words from asked questions: for each document, the bigrams that at least
 * ASKED_MIN_QUESTIONS of its questions use (ASKED_MIN_QUESTIONS_IN_TEXT for a word `inText`, its
 * own text's), weighted by how many do (`learntWeight`). Only what the
 * questions are about counts (not their fillers, question frames, particles or pairs of function
 * characters), and only bigrams `known` holds: the content's, and the new words many questions use
 * (NEW_WORD_MIN_QUESTIONS). Document lengths stay those of the content: what people ask is
 * evidence, not text.
 */
function askedTerms(questions: readonly Set<string>[], known: (term: string) => boolean, inText: (term: string) => boolean): Map<string, number> {
  const uses = new Map<string, number>()
  for (const pairs of questions) for (const t of pairs) if (known(t)) uses.set(t, (uses.get(t) ?? 0) + 1)
  for (const [t, n] of uses) if (n < (inText(t) ? ASKED_MIN_QUESTIONS_IN_TEXT : ASKED_MIN_QUESTIONS)) uses.delete(t)
  return uses
}

/**
 * A word only questions use (no content has it) that holds a function character (我家, 要我, 就被)
 * and that several documents learn says little for each of them: a document keeps it only when at
 * least two of its questions use it. Measured on batches 44–69 of the tuning set scored on arrival
 * (each block on an index that learnt the batches before it): hit@1/hit@3 85.9/94.2 → 85.6/93.8 %,
 * 208 off-topic tuning questions answered instead of 218, and the index 22 KB smaller
 * (251.6 → 229.2 KB at 13,352 questions). That room holds more questions, which are worth more:
 * learning 2,000 more of them raised the batches after them by 1.3/0.7 points for 16 KB.
 */
function leaveOutWeakNewWords(learnt: Map<string, { docs: number[]; wtfs: number[] }>, inContent: (term: string) => boolean): void {
  for (const [t, p] of learnt) {
    if (inContent(t) || p.docs.length < 2 || !(STOP_CHARS.has(t[0]) || STOP_CHARS.has(t[1]))) continue
    const keep = p.wtfs.map((w) => w > learntWeight(1))
    p.docs = p.docs.filter((_, k) => keep[k])
    p.wtfs = p.wtfs.filter((_, k) => keep[k])
    if (!p.docs.length) learnt.delete(t)
  }
}

/** The word pairs worth learning that a question uses, each once (read folded, fillers and frames left out). */
function questionPairs(question: string, fold: ReadonlyMap<string, string>, phrases: ReadonlyMap<string, string>): Set<string> {
  const pairs = new Set<string>()
  for (const t of tokenize(substance(question, fold, phrases))) if (t.length === 2 && isCjkTerm(t) && learnable(t)) pairs.add(t)
  return pairs
}

/**
 * `askedByPosition`: per corpus position, questions people asked that it answers (the tuning set's
 * judged questions; never a held-out set), whose shared wording the document learns.
 * `lexicon`: two-character words of a dictionary, which a new word needs fewer questions to be.
 * `offTopic`: questions nothing in the app answers (the off-topic tuning sets; never a held-out one).
 * `docOrder`: the corpus positions in the order the index numbers documents (`compactDocOrder`).
 * `namedByPosition`: per corpus position, how many of those questions name it as an answer (`pop`).
 */
export function buildIndexData(corpus: SearchDoc[], charPinyin: Map<string, string[]>, fold: Map<string, string> = new Map(),
  phrases: Map<string, string> = new Map(), askedByPosition: ReadonlyMap<number, readonly string[]> = new Map(),
  lexicon: ReadonlySet<string> = new Set(), offTopic: readonly string[] = [], docOrder?: readonly number[],
  namedByPosition: readonly number[] = []
): SearchIndexData {
  if (corpus.length > 65535) throw new Error('search index: too many documents')
  const seen = new Set<string>()
  for (const d of corpus) {
    if (seen.has(d.id)) throw new Error(`search index: duplicate document id ${d.id}`)
    seen.add(d.id)
  }
  // From here on, documents are numbered in the index's order (`docOrder`: corpus positions).
  const reordered = !!docOrder && docOrder.some((position, k) => position !== k)
  if (docOrder && (docOrder.length !== corpus.length || new Set(docOrder).size !== corpus.length || docOrder.some((p) => !(p >= 0 && p < corpus.length)))) {
    throw new Error('search index: document order is not a permutation of the corpus')
  }
  const docs = reordered ? docOrder.map((p) => corpus[p]) : corpus
  const asked = new Map<number, readonly string[]>()
  docs.forEach((_, i) => {
    const questions = askedByPosition.get(reordered ? docOrder[i] : i)
    if (questions) asked.set(i, questions)
  })
  const postings = new Map<string, { docs: number[]; wtfs: number[] }>()
  const dl: number[] = []
  const wtfs = docs.map((doc) => {
    const wtf = new Map<string, number>()
    const add = (terms: string[], w: number) => {
      for (const t of terms) wtf.set(t, (wtf.get(t) ?? 0) + w)
    }
    add(tokenize(doc.fields.title), FIELD_WEIGHTS.title)
    add(keywordTerms(doc.fields.keywords), FIELD_WEIGHTS.keywords)
    add(tokenize(doc.fields.body), FIELD_WEIGHTS.body)
    return wtf
  })
  const known = new Set(wtfs.flatMap((wtf) => [...wtf.keys()]))
  const pairsAsked = new Map([...asked].map(([i, questions]) => [i, questions.map((q) => questionPairs(q, fold, phrases))]))
  // Words people use that the content does not (NEW_WORD_MIN_QUESTIONS).
  const uses = new Map<string, number>()
  for (const questions of pairsAsked.values()) for (const pairs of questions) for (const t of pairs) uses.set(t, (uses.get(t) ?? 0) + 1)
  for (const [t, n] of uses) if (n >= (lexicon.has(t) ? LEXICON_WORD_MIN_QUESTIONS : NEW_WORD_MIN_QUESTIONS)) known.add(t)
  for (const t of strayPairs(wtfs, (pair) => lexicon.has(pair) || uses.has(pair))) {
    known.delete(t)
    for (const wtf of wtfs) wtf.delete(t)
  }
  const learnt = new Map<string, { docs: number[]; wtfs: number[] }>()
  docs.forEach((doc, i) => {
    const wtf = wtfs[i]
    leaveOutBigramStarts(wtf)
    const questions = pairsAsked.get(i)
    if (questions) {
      for (const [t, n] of askedTerms(questions, (term) => known.has(term), (term) => wtf.has(term))) {
        let p = learnt.get(t)
        if (!p) learnt.set(t, (p = { docs: [], wtfs: [] }))
        p.docs.push(i)
        p.wtfs.push(learntWeight(n))
      }
    }
    dl.push(
      FIELD_WEIGHTS.title * termLength(doc.fields.title) +
        FIELD_WEIGHTS.keywords * doc.fields.keywords.reduce((n, k) => n + termLength(k), 0) +
        FIELD_WEIGHTS.body * termLength(doc.fields.body)
    )
    for (const [t, w] of wtf) {
      let p = postings.get(t)
      if (!p) postings.set(t, (p = { docs: [], wtfs: [] }))
      p.docs.push(i)
      p.wtfs.push(w)
    }
  })
  leaveOutWeakNewWords(learnt, (t) => postings.has(t))
  // A word only questions use is a term with no content postings (its learnt ones are in `asked`).
  for (const t of learnt.keys()) if (!postings.has(t)) postings.set(t, { docs: [], wtfs: [] })

  // CJK terms grouped by first character; every bigram's first character is itself a unigram term
  // (its list may be empty: all its occurrences start a bigram).
  const groups = new Map<string, string[]>()
  const words: string[] = []
  for (const t of postings.keys()) {
    if (!isCjkTerm(t)) words.push(t)
    else if (t.length === 1) {
      if (!groups.has(t)) groups.set(t, [])
    } else {
      const g = groups.get(t[0])
      if (g) g.push(t[1])
      else groups.set(t[0], [t[1]])
    }
  }
  const order: string[] = []
  const termGroups = [...groups.keys()].sort().map((first) => ({ first, seconds: groups.get(first)!.sort() }))
  for (const { first, seconds } of termGroups) order.push(first, ...seconds.map((s) => first + s))
  words.sort()
  order.push(...words)
  // A word only questions use has no content list in `post`: its entry in `asked` says so.
  const alone = (t: string) => learnt.has(t) && postings.get(t)!.docs.length === 0
  const post = order.filter((t) => !alone(t)).map((t) => postings.get(t) ?? { docs: [], wtfs: [] })
  const inScope = [...pairsAsked.values()].reduce((n, questions) => n + questions.length, 0)
  const off = offTopicWeights(
    offTopic.map((q) => questionPairs(q, fold, phrases)),
    (t) => (uses.get(t) ?? 0) + (postings.get(t)?.docs.length ?? 0),
    inScope
  )
  const offWeights: [number, number][] = []
  order.forEach((t, id) => {
    const w = off.get(t)
    if (w !== undefined) offWeights.push([id, w])
  })
  const lexWords = keywordLexicon(docs, (t) => postings.has(t))
  const termNumber = new Map(order.map((t, id) => [t, id]))
  const secondsOf = new Map(termGroups.map((g) => [g.first, g.seconds]))
  const lexPairs = lexWords.filter((w) => w.length === 2).map((w) => termNumber.get(w)!).sort((a, b) => a - b)
  const askedRuns: { step: number; alone: boolean; docs: number[]; wtfs: number[] }[] = []
  let previous = -1
  order.forEach((t, id) => {
    const p = learnt.get(t)
    if (!p) return
    askedRuns.push({ step: id - previous - 1, alone: alone(t), ...p })
    previous = id
  })

  // Pinyin table: grouped by syllable, characters sorted, for compactness and stable output.
  const bySyllable = new Map<string, Set<string>>()
  for (const [ch, sylls] of charPinyin) {
    for (const s of sylls) {
      let set = bySyllable.get(s)
      if (!set) bySyllable.set(s, (set = new Set()))
      set.add(ch)
    }
  }
  // In the order of the engine's own syllable list (SYLLABLES), which the index then need not carry;
  // a reading no typed syllable can spell could never be matched, so it is left out.
  const syllables = [...SYLLABLES]

  return {
    v: INDEX_VERSION,
    ids: corpusIdsHash(corpus),
    n: docs.length,
    dl: encodeNumbers(dl),
    cjk: encodeCharLists([termGroups.map((g) => g.first), ...termGroups.map((g) => g.seconds)]),
    words,
    post: encodeLists(post),
    asked: encodeLearnt(askedRuns),
    py: encodeCharLists(syllables.map((syl) => [...(bySyllable.get(syl) ?? [])].sort())),
    fold: encodeFold(fold),
    foldPhrases: [...phrases].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t, s]) => t + s).join(' '),
    lexPairs: lexPairs.map((id, k) => writeVarint(id - (k ? lexPairs[k - 1] : -1) - 1)).join(''),
    lex: encodeWords(
      lexWords.filter((w) => w.length > 2),
      (t) => termNumber.get(t),
      (first) => secondsOf.get(first)
    ),
    off: encodeTermWeights(offWeights),
    pop: encodeNumbers(docs.map((_, i) => namedByPosition[reordered ? docOrder[i] : i] ?? 0)),
    ...(reordered ? { order: encodeOrder(docOrder) } : {}),
  }
}

/**
 * The words the answers are filed under (Q&A and guide-channel keywords of two to four characters,
 * whole: the pairs inside them would bring fragments such as 新反 of 重新反映), in document order, once
 * each and not already the tables' (LEXICON): those whose first pair is a term, and that neither start
 * nor end in a function character (事吗 of 有事吗, 的人). The engine reads a slip on any of them back.
 */
function keywordLexicon(docs: SearchDoc[], isTerm: (t: string) => boolean): string[] {
  const tables = new Set(LEXICON)
  const words = new Set<string>()
  for (const d of docs) {
    if (d.type !== 'faq' && d.type !== 'channel') continue
    for (const k of d.fields.keywords) {
      if (/^[\u3400-\u9fff]{2,4}$/.test(k) && isTerm(k.slice(0, 2)) && !STOP_CHARS.has(k[0]) && !STOP_CHARS.has(k[k.length - 1]) && !tables.has(k)) words.add(k)
    }
  }
  return [...words]
}
