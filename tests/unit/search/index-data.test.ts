import { readFileSync } from 'node:fs'
import { buildSearchIndexData, INDEX_PATH, serializeIndex } from '../../../scripts/build-search-index'
import { buildIndexData } from '../../../src/core/search/build'
import { decodeAll, encodePostings, fnv1a, writeVarint } from '../../../src/core/search/codec'
import { createSearchIndex, search } from '../../../src/core/search/engine'
import type { SearchDoc } from '../../../src/core/search/types'
import { buildCorpus } from '../../../src/search/corpus'

describe('prebuilt index', () => {
  it('is up to date: rebuilding from the content gives the committed JSON (run npx tsx scripts/build-search-index.ts)', () => {
    const committed = readFileSync(INDEX_PATH, 'utf8')
    expect(serializeIndex(buildSearchIndexData()) === committed).toBe(true)
  })

  it('stays small: index JSON ≤ 250 KB (search code + index budget is 300 KB)', () => {
    expect(Buffer.byteLength(readFileSync(INDEX_PATH))).toBeLessThanOrEqual(250 * 1024)
  })

  it('covers Q&A, articles of all four laws, 图解 cards and guide channels', () => {
    const docs = buildCorpus()
    for (const type of ['faq', 'article', 'card', 'channel'] as const) expect(docs.some((d) => d.type === type)).toBe(true)
    const laws = new Set(docs.filter((d) => d.type === 'article').map((d) => d.refs[0].law))
    expect([...laws].sort()).toEqual(['信访工作条例', '劳动争议调解仲裁法', '行政复议法', '行政诉讼法'].sort())
    expect(docs.filter((d) => d.refs[0]?.law === '信访工作条例' && d.type === 'article')).toHaveLength(50)
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length)
  })

  it('refuses to load against a different corpus', () => {
    const data = JSON.parse(readFileSync(INDEX_PATH, 'utf8'))
    expect(() => createSearchIndex(data, buildCorpus().slice(1))).toThrow(/different corpus/)
  })
})

describe('codec', () => {
  it('round-trips posting lists, including large gaps and frequencies', () => {
    const lists = [
      { docs: [0, 1, 2, 300, 4000, 65000], tfs: [1, 2, 3, 4, 50, 1] },
      { docs: [7], tfs: [9] },
      { docs: [0], tfs: [1] },
    ]
    const post = lists.map((l) => encodePostings(l.docs, l.tfs)).join(' ')
    expect(post).not.toMatch(/["\\]/)
    const { offsets, docs, tfs } = decodeAll(post, lists.length)
    lists.forEach((l, i) => {
      expect([...docs.subarray(offsets[i], offsets[i + 1])]).toEqual(l.docs)
      expect([...tfs.subarray(offsets[i], offsets[i + 1])]).toEqual(l.tfs)
    })
    expect(writeVarint(44)).toHaveLength(1)
    expect(writeVarint(45)).toHaveLength(2)
    expect(fnv1a('a')).toBe('e40c292c')
  })

  it('builds and searches a tiny corpus end to end', () => {
    const docs: SearchDoc[] = [
      { id: 'a', type: 'faq', title: '复查多久', fields: { title: '复查多久', keywords: ['不服'], body: '三十日内请求复查。' }, refs: [] },
      { id: 'b', type: 'faq', title: '仲裁', fields: { title: '劳动仲裁', keywords: ['欠薪'], body: '一年内申请仲裁。' }, refs: [] },
    ]
    const py = new Map([['复', ['fu']], ['查', ['cha']], ['仲', ['zhong']], ['裁', ['cai']]])
    const index = createSearchIndex(JSON.parse(JSON.stringify(buildIndexData(docs, py))), docs)
    expect(search(index, '复查')[0].id).toBe('a')
    expect(search(index, '拖欠工资')[0].id).toBe('b')
    expect(search(index, 'fucha')[0].id).toBe('a')
  })
})
