/**
 * Search benchmark: our engine vs Fuse.js, MiniSearch (given our tokenizer and field boosts, and
 * with its defaults) and FlexSearch (CJK charset) on the evaluation set
 * (tests/search/eval-queries.ts), in one process. Prints hit@1, hit@3, median and p95 latency
 * per query, index build time, and the size of our prebuilt index and search code; then hit@1 and
 * hit@3 on the held-out sets (tests/search/holdout-queries.ts, holdout-hard-queries.ts and
 * holdout-fresh-queries.ts, holdout-blind4-queries.ts, holdout-blind5-queries.ts), which were never
 * used for tuning (and the off-topic queries nothing answers, tuning and held out: how many ours
 * answers anyway). The fresh, blind4 and blind5 sets were written blind, so only their figures are
 * printed, never which questions miss. Ours is scored on what the page shows: no result when it
 * judges the best match too weak (「没找到合适的答案」).
 * Run alone with `npx tsx scripts/bench/search.ts`, or through `npm run bench`.
 */
import { readFileSync } from 'node:fs'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import FlexSearch from 'flexsearch'
import { FIELD_WEIGHTS } from '../../src/core/search/build'
import { tokenize } from '../../src/core/search/tokenize'
import { XINFANG_2005_TO_2022 } from '../../src/content/laws/concordance-2005'
import { createSearchIndex, searchAnswer } from '../../src/core/search/engine'
import { SEARCH_BUDGET_BYTES, searchFootprint } from '../search-footprint'
import type { SearchDoc, SearchIndexData } from '../../src/core/search/types'
import { EVAL_QUERIES, type EvalQuery } from '../../tests/search/eval-queries'
import { HOLDOUT_QUERIES } from '../../tests/search/holdout-queries'
import { HOLDOUT_HARD_QUERIES } from '../../tests/search/holdout-hard-queries'
import { HOLDOUT_FRESH_QUERIES } from '../../tests/search/holdout-fresh-queries'
import { HOLDOUT_BLIND4_QUERIES } from '../../tests/search/holdout-blind4-queries'
import { HOLDOUT_BLIND5_QUERIES } from '../../tests/search/holdout-blind5-queries'
import { HOLDOUT_OFFTOPIC_QUERIES } from '../../tests/search/holdout-offtopic-queries'

/**
 * Fresh held-out questions whose copy or near-copy (written independently) sat in the tuning set
 * while the rules were tuned (six in the first round, two in the second), before the separation
 * test caught them; the copies are gone, but the rules were tuned on them, so the fresh set is
 * also reported without these.
 */
const FRESH_WITH_TUNED_TWINS = ['公司让我签自愿放弃社保的协议', '司法所能帮忙调解吗', '公司不給開離職證明', '老赖欠钱判了也不还', '前夫不让我见孩子', '信访督查专员是干什么的', '在超市摔了一跤骨折了超市不认', '妇联管不管家暴']
import { answers, shownResults } from '../../tests/search/hit'
import { buildSearchIndexData, INDEX_PATH, indexedCorpus, OFF_TOPIC_TUNING } from '../build-search-index'
import { crossChecked, offTopicCrossChecked } from '../../tests/search/cross-check'

interface EngineRun {
  name: string
  buildMs: number
  /** Doc numbers of the top results, best first. */
  query: (q: string) => number[]
}

export interface EngineScore {
  name: string
  hit1: number
  hit3: number
  medianMs: number
  p95Ms: number
  buildMs: number
  misses: string[]
}


function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  return sorted[i]
}

function time<T>(fn: () => T): [T, number] {
  const t0 = process.hrtime.bigint()
  const v = fn()
  return [v, Number(process.hrtime.bigint() - t0) / 1e6]
}

/** Questions per set whose latency is timed (hit rates count every question). */
export const TIMED_QUERIES = 800
/** Tuning questions every engine is scored on, evenly spread (ours is scored on all of them as well). */
const SCORED_TUNING_QUERIES = 2000

export function evaluate(run: EngineRun, docs: SearchDoc[], queries: EvalQuery[] = EVAL_QUERIES, rounds = 5): EngineScore {
  let hit1 = 0
  let hit3 = 0
  const misses: string[] = []
  for (const q of queries) {
    const top = run.query(q.query)
    if (top.slice(0, 1).some((d) => answers(docs[d], q))) hit1++
    if (top.slice(0, 3).some((d) => answers(docs[d], q))) hit3++
    else misses.push(q.query)
  }
  // Latency of a query = the median of `rounds` timed runs (after the warm-up pass above),
  // so one GC pause or a busy neighbour process does not count as the query's cost. Every engine
  // is timed on the same evenly spread sample of at most TIMED_QUERIES questions (the slowest
  // anchor would otherwise take minutes per round on the whole tuning set).
  const step = Math.ceil(queries.length / TIMED_QUERIES)
  const timed = queries.filter((_, i) => i % step === 0)
  const perQuery: number[][] = timed.map(() => [])
  for (let r = 0; r < rounds; r++) {
    timed.forEach((q, i) => perQuery[i].push(time(() => run.query(q.query))[1]))
  }
  const times = perQuery.map((ts) => percentile(ts.sort((a, b) => a - b), 0.5)).sort((a, b) => a - b)
  return {
    name: run.name,
    hit1: hit1 / queries.length,
    hit3: hit3 / queries.length,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    buildMs: run.buildMs,
    misses,
  }
}

export function engines(docs: SearchDoc[]): EngineRun[] {
  const data = JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as SearchIndexData
  const [index, loadMs] = time(() => createSearchIndex(data, docs, { concordance2005: XINFANG_2005_TO_2022 }))
  const byId = new Map(docs.map((d, i) => [d.id, i]))
  const plain = docs.map((d, i) => ({ id: i, title: d.fields.title || d.title, keywords: d.fields.keywords.join(' '), body: d.fields.body }))
  const [fuse, fuseMs] = time(() => new Fuse(plain, { keys: ['title', 'keywords', 'body'] }))
  // MiniSearch as a fair anchor: our tokenizer (CJK unigrams + bigrams, latin words, numbers) for
  // documents and queries, our field weights as boosts, OR semantics, no fuzzy/prefix expansion
  // (it would treat each CJK bigram as a word to misspell).
  const [mini, miniMs] = time(() => {
    const m = new MiniSearch({
      fields: ['title', 'keywords', 'body'],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => term,
      searchOptions: { boost: { title: FIELD_WEIGHTS.title, keywords: FIELD_WEIGHTS.keywords, body: FIELD_WEIGHTS.body }, combineWith: 'OR' },
    })
    m.addAll(plain)
    return m
  })
  // MiniSearch with its defaults (what one gets without configuring it for Chinese).
  const [miniDefault, miniDefaultMs] = time(() => {
    const m = new MiniSearch({ fields: ['title', 'keywords', 'body'] })
    m.addAll(plain)
    return m
  })
  // FlexSearch 0.8 with its CJK charset, one index per field, `suggest` so a query need not match
  // every character; results merged by field weight and rank.
  const { Index, Charset } = FlexSearch as unknown as {
    Index: new (o: object) => { add(id: number, text: string): void; search(q: string, o: object): number[] }
    Charset: { CJK: object }
  }
  const [flex, flexMs] = time(() => {
    const fields = (['title', 'keywords', 'body'] as const).map((f) => {
      const ix = new Index({ encoder: Charset.CJK, tokenize: 'forward' })
      plain.forEach((d) => d[f] && ix.add(d.id, d[f]))
      return { ix, w: FIELD_WEIGHTS[f] }
    })
    return (q: string): number[] => {
      const score = new Map<number, number>()
      for (const { ix, w } of fields) ix.search(q, { suggest: true, limit: 50 }).forEach((id, r) => score.set(id, (score.get(id) ?? 0) + w / (1 + r)))
      return [...score].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([id]) => id)
    }
  })
  return [
    // Full search as the page calls it: ranking plus snippets and highlight ranges.
    // What the page shows: nothing when the best match is too weak to trust (「没找到合适的答案」).
    { name: '依法信访 (ours)', buildMs: loadMs, query: (q) => shownResults(index, q, { limit: 10 }).map((r) => byId.get(r.id)!) },
    { name: 'Fuse.js', buildMs: fuseMs, query: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.id) },
    { name: 'MiniSearch (our tokens)', buildMs: miniMs, query: (q) => mini.search(q).slice(0, 10).map((r) => r.id as number) },
    { name: 'FlexSearch CJK', buildMs: flexMs, query: flex },
    { name: 'MiniSearch default', buildMs: miniDefaultMs, query: (q) => miniDefault.search(q).slice(0, 10).map((r) => r.id as number) },
  ]
}

export async function benchSearch(): Promise<void> {
  // The texts as indexed (with what the app indexes but never shows), so the other engines get the same text.
  const docs = indexedCorpus()
  const [, fullBuildMs] = time(() => buildSearchIndexData())
  const runs = engines(docs)
  // Every engine on the same evenly spread sample of the tuning set (Fuse.js takes about 80 ms a
  // question: over 20 minutes on the whole set); ours on all of it too.
  const tuningStep = Math.ceil(EVAL_QUERIES.length / SCORED_TUNING_QUERIES)
  const tuningSample = EVAL_QUERIES.filter((_, i) => i % tuningStep === 0)
  const scores = runs.map((e) => evaluate(e, docs, tuningSample))
  const oursWhole = evaluate(runs[0], docs, EVAL_QUERIES, 0)
  const blind = runs.map((e) => evaluate(e, docs, HOLDOUT_QUERIES, 0))
  const hard = runs.map((e) => evaluate(e, docs, HOLDOUT_HARD_QUERIES, 3))
  const fresh = runs.map((e) => evaluate(e, docs, HOLDOUT_FRESH_QUERIES, 0))
  const untwinned = HOLDOUT_FRESH_QUERIES.filter((q) => !FRESH_WITH_TUNED_TWINS.includes(q.query))
  const freshClean = runs.map((e) => evaluate(e, docs, untwinned, 0))
  const blind4 = runs.map((e) => evaluate(e, docs, HOLDOUT_BLIND4_QUERIES, 0))
  const blind5 = runs.map((e) => evaluate(e, docs, HOLDOUT_BLIND5_QUERIES, 0))
  const crossed = crossChecked(docs)
  const unlearnt = crossChecked(docs, EVAL_QUERIES, 6, [])
  const { indexBytes, codeBytes: code } = searchFootprint()
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const ms = (x: number) => x.toFixed(3)
  const rows: string[][] = [
    ['', ...scores.map((s) => s.name)],
    [`hit@1 tuning, 1 in ${tuningStep} (${tuningSample.length})`, ...scores.map((s) => pct(s.hit1))],
    [`hit@3 tuning, 1 in ${tuningStep} (${tuningSample.length})`, ...scores.map((s) => pct(s.hit3))],
    [`median ms/query (${Math.min(tuningSample.length, TIMED_QUERIES)}-question sample)`, ...scores.map((s) => ms(s.medianMs))],
    ['p95 ms/query', ...scores.map((s) => ms(s.p95Ms))],
    [`hit@1 held-out (${HOLDOUT_QUERIES.length})`, ...blind.map((s) => pct(s.hit1))],
    [`hit@3 held-out (${HOLDOUT_QUERIES.length})`, ...blind.map((s) => pct(s.hit3))],
    [`hit@1 held-out hard (${HOLDOUT_HARD_QUERIES.length})`, ...hard.map((s) => pct(s.hit1))],
    [`hit@3 held-out hard (${HOLDOUT_HARD_QUERIES.length})`, ...hard.map((s) => pct(s.hit3))],
    [`median ms held-out hard`, ...hard.map((s) => ms(s.medianMs))],
    [`hit@1 held-out fresh (${HOLDOUT_FRESH_QUERIES.length})`, ...fresh.map((s) => pct(s.hit1))],
    [`hit@3 held-out fresh (${HOLDOUT_FRESH_QUERIES.length})`, ...fresh.map((s) => pct(s.hit3))],
    [`hit@1 fresh, no tuned twin (${untwinned.length})`, ...freshClean.map((s) => pct(s.hit1))],
    [`hit@3 fresh, no tuned twin (${untwinned.length})`, ...freshClean.map((s) => pct(s.hit3))],
    [`hit@1 held-out blind4 (${HOLDOUT_BLIND4_QUERIES.length})`, ...blind4.map((s) => pct(s.hit1))],
    [`hit@3 held-out blind4 (${HOLDOUT_BLIND4_QUERIES.length})`, ...blind4.map((s) => pct(s.hit3))],
    [`hit@1 held-out blind5 (${HOLDOUT_BLIND5_QUERIES.length})`, ...blind5.map((s) => pct(s.hit1))],
    [`hit@3 held-out blind5 (${HOLDOUT_BLIND5_QUERIES.length})`, ...blind5.map((s) => pct(s.hit3))],
    ['index build ms', ...scores.map((s, i) => (i === 0 ? `${s.buildMs.toFixed(1)} load / ${fullBuildMs.toFixed(0)} build` : s.buildMs.toFixed(1)))],
  ]
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))))
  console.log(`\n问答 search benchmark — ${EVAL_QUERIES.length} queries, ${docs.length} documents`)
  for (const r of rows) console.log(r.map((cell, c) => pad(cell, widths[c])).join('  '))
  console.log(
    `our index: ${(indexBytes / 1024).toFixed(1)} KB JSON` +
      ` + ${(code / 1024).toFixed(1)} KB minified code = ${((indexBytes + code) / 1024).toFixed(1)} KB (budget ${SEARCH_BUDGET_BYTES / 1024} KB)`
  )
  console.log(`ours on the whole tuning set (${EVAL_QUERIES.length}): hit@1 ${pct(oursWhole.hit1)}, hit@3 ${pct(oursWhole.hit3)}`)
  console.log(
    `ours on the tuning set, each sixth on an index that learnt from the other five: hit@1 ${pct(crossed.hit1)}, hit@3 ${pct(crossed.hit3)}` +
      ` (on an index that learnt nothing: ${pct(unlearnt.hit1)}, ${pct(unlearnt.hit3)})`
  )
  // Questions nothing in the app answers: ours should show 「没找到合适的答案」 (the other engines
  // always list something). Counts only; the held-out ones are never listed.
  const index = createSearchIndex(JSON.parse(readFileSync(INDEX_PATH, 'utf8')) as SearchIndexData, docs, { concordance2005: XINFANG_2005_TO_2022 })
  const answered = (qs: readonly string[]) => qs.filter((q) => searchAnswer(index, q, { noSnippets: true }).confident).length
  console.log(
    `ours on questions nothing in the app answers, answered anyway: ${offTopicCrossChecked(docs)} of ${OFF_TOPIC_TUNING.length} off-topic tuning queries` +
      ` (each sixth on an index that learnt from the rest), ${answered(HOLDOUT_OFFTOPIC_QUERIES)} of ${HOLDOUT_OFFTOPIC_QUERIES.length} held out`
  )
  if (oursWhole.misses.length) console.log(`our misses at 3 on the tuning set (${oursWhole.misses.length}): ${oursWhole.misses.join(' | ')}`)
  // Held-out misses are counted, never listed: a listed miss is read, and a read miss gets tuned.
  if (blind[0].misses.length) console.log(`our held-out misses at 3: ${blind[0].misses.length} (not listed)`)
  if (hard[0].misses.length) console.log(`our hard held-out misses at 3: ${hard[0].misses.length} (not listed)`)
  // The fresh set's questions are not printed: seeing which ones miss is how a held-out set gets tuned on.
  if (fresh[0].misses.length) console.log(`our fresh held-out misses at 3: ${fresh[0].misses.length} (not listed: never tuned on)`)
  if (blind4[0].misses.length) console.log(`our blind4 held-out misses at 3: ${blind4[0].misses.length} (not listed: never tuned on)`)
  if (blind5[0].misses.length) console.log(`our blind5 held-out misses at 3: ${blind5[0].misses.length} (not listed: never tuned on)`)
}

/** Display width: CJK counts double. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return w
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)))
}

if (require.main === module) {
  benchSearch().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
