import { committedDocOrder, indexedCorpus } from '../../../scripts/build-search-index'
import { buildIndexData } from '../../../src/core/search/build'
import { decodeOrder, encodeLists, encodeOrder } from '../../../src/core/search/codec'
import { compactDocOrder } from '../../../src/core/search/doc-order'
import { createSearchIndex, search } from '../../../src/core/search/engine'
import type { SearchDoc } from '../../../src/core/search/types'

/** Bytes of the posting lists of `terms` (per document) when documents are numbered in `order`. */
function listBytes(terms: number[][], order: number[]): number {
  const number = new Map(order.map((p, k) => [p, k]))
  const lists = new Map<number, number[]>()
  terms.forEach((ts, p) => ts.forEach((t) => lists.set(t, [...(lists.get(t) ?? []), number.get(p)!])))
  return encodeLists([...lists.values()].map((docs) => ({ docs: docs.sort((a, b) => a - b), wtfs: docs.map(() => 1) }))).length
}

describe('document order', () => {
  it('puts documents that share terms side by side, so the posting lists take fewer bytes', () => {
    // 256 documents on 8 topics, dealt out irregularly: each holds 10 of its topic's 30 terms.
    const topic = (p: number) => (p * 37 + ((p * p) % 11)) % 8
    const terms = Array.from({ length: 256 }, (_, p) => Array.from({ length: 10 }, (_, k) => topic(p) * 100 + ((p * 7 + k * 3) % 30)))
    const order = compactDocOrder(terms)
    expect([...order].sort((a, b) => a - b)).toEqual(terms.map((_, p) => p))
    const identity = terms.map((_, p) => p)
    expect(listBytes(terms, order)).toBeLessThan(listBytes(terms, identity) * 0.8)
    // Neighbours in the new order mostly share a topic (about 1 in 8 would by chance).
    const sameTopic = order.slice(1).filter((p, k) => topic(p) === topic(order[k])).length
    expect(sameTopic).toBeGreaterThan(128)
    expect(compactDocOrder(terms)).toEqual(order)
  })

  it('round-trips a permutation and refuses one for another corpus or a bad one', () => {
    const order = [5, 0, 3, 1, 4, 2]
    expect(decodeOrder(encodeOrder(order), 6)).toEqual(order)
    expect(() => decodeOrder(encodeOrder(order), 7)).toThrow(/another corpus/)
    expect(() => encodeOrder([0, 0, 1])).toThrow(/permutation/)
  })

  it('an index numbered in another order answers exactly as one in corpus order', () => {
    const docs: SearchDoc[] = [
      { id: 'a', type: 'faq', title: '复查多久', fields: { title: '复查多久', keywords: ['不服'], body: '三十日内请求复查。' }, refs: [] },
      { id: 'b', type: 'faq', title: '仲裁', fields: { title: '劳动仲裁', keywords: ['欠薪'], body: '一年内申请仲裁。' }, refs: [] },
      { id: 'c', type: 'faq', title: '复核', fields: { title: '复核', keywords: ['复查不服'], body: '对复查意见不服，三十日内请求复核。' }, refs: [] },
    ]
    const py = new Map<string, string[]>()
    const asked = new Map([[2, ['复查结果还是不满意咋办']]])
    const plain = buildIndexData(docs, py, new Map(), new Map(), asked)
    const reordered = buildIndexData(docs, py, new Map(), new Map(), asked, new Set(), [], [2, 0, 1])
    expect(plain.order).toBeUndefined()
    expect(decodeOrder(reordered.order!, 3)).toEqual([2, 0, 1])
    const load = (data: typeof plain) => createSearchIndex(JSON.parse(JSON.stringify(data)), docs)
    for (const q of ['复查', '欠薪', '复查结果不满意', '仲裁多久', '不服']) {
      expect(search(load(reordered), q).map((r) => [r.id, r.score])).toEqual(search(load(plain), q).map((r) => [r.id, r.score]))
    }
    expect(search(load(reordered), '复查结果不满意')[0].id).toBe('c')
    expect(() => buildIndexData(docs, py, new Map(), new Map(), asked, new Set(), [], [0, 0, 1])).toThrow(/permutation/)
    expect(() => buildIndexData(docs, py, new Map(), new Map(), asked, new Set(), [], [0, 1])).toThrow(/permutation/)
  })

  it('the committed order covers every document of the corpus once', () => {
    const docs = indexedCorpus()
    const order = committedDocOrder(docs)!
    expect([...order].sort((a, b) => a - b)).toEqual(docs.map((_, i) => i))
  })
})
