/**
 * Chooses the order the search index numbers its documents in (`compactDocOrder`: documents that
 * share words side by side, so the posting lists' steps are short) and writes it, as document ids,
 * to src/content/generated/search-doc-order.json, which `scripts/build-search-index.ts` follows.
 * The choice takes about a minute, so it is not part of every index build: rerun
 * `npx tsx scripts/order-search-docs.ts && npx tsx scripts/build-search-index.ts` after large
 * content or tuning-set changes; it keeps the committed order when a new one would make the index
 * larger. A stale order is still a valid one: documents it does not name follow in corpus order.
 */
import { writeFileSync } from 'node:fs'
import { decodeAll, decodeCharLists, decodeExtra } from '../src/core/search/codec'
import { compactDocOrder } from '../src/core/search/doc-order'
import { buildSearchIndexData, committedDocOrder, contentTables, DOC_ORDER_PATH, indexedCorpus, serializeIndex } from './build-search-index'

function main() {
  const docs = indexedCorpus()
  const tables = contentTables(docs)
  // The terms each document has in an index built in corpus order: its content and what it learnt.
  const data = buildSearchIndexData(undefined, docs, tables, undefined, docs.map((_, i) => i))
  const [firsts, ...seconds] = decodeCharLists(data.cjk)
  const termCount = firsts.length + seconds.reduce((n, s) => n + s.length, 0) + data.words.length
  const extra = decodeExtra(data.asked)
  let alone = 0
  for (const e of extra.values()) if (e.alone) alone++
  const content = decodeAll(data.post, termCount - alone)
  const terms: number[][] = docs.map(() => [])
  for (let t = 0; t < termCount - alone; t++) {
    for (let p = content.offsets[t]; p < content.offsets[t + 1]; p++) terms[content.docs[p]].push(t)
  }
  for (const [t, e] of extra) for (const d of Array.from(e.docs)) terms[d].push(termCount + t)
  const order = compactDocOrder(terms.map((ts) => [...new Set(ts)]))
  // Bisection is a heuristic: a fresh order can come out larger than the committed one.
  const bytes = (o: readonly number[] | undefined) => Buffer.byteLength(serializeIndex(buildSearchIndexData(undefined, docs, tables, undefined, o)))
  const committed = committedDocOrder(docs)
  const [fresh, kept] = [bytes(order), committed ? bytes(committed) : Infinity]
  if (fresh >= kept) {
    console.log(`search-doc-order.json kept: a new order gives ${fresh} bytes, the committed one ${kept}`)
    return
  }
  writeFileSync(DOC_ORDER_PATH, JSON.stringify(order.map((p) => docs[p].id), null, 0) + '\n')
  console.log(`search-doc-order.json: ${order.length} documents, index ${kept} → ${fresh} bytes`)
}

main()
