import { readFileSync } from 'node:fs'
import { buildSearchIndexData, INDEX_PATH, serializeIndex } from '../../../scripts/build-search-index'
import { buildIndexData } from '../../../src/core/search/build'
import { decodeAll, decodeCharLists, decodeExtra, decodeFold, decodeNumbers, decodeTermWeights, decodeVarints, decodeWords, encodeCharLists, encodeFold, encodeNumbers, encodeTermWeights, encodeWords, encodeLearnt, encodeLists, fnv1a, NumberReader, NumberWriter, restorePostings, withEmptyLists, writeVarint } from '../../../src/core/search/codec'
import { SYLLABLES } from '../../../src/core/search/pinyin'
import { LEXICON } from '../../../src/core/search/tables'
import { tokenize } from '../../../src/core/search/tokenize'
import { charPinyinTable, indexedCorpus, variantFoldTable } from '../../../scripts/build-search-index'
import { createSearchIndex, search } from '../../../src/core/search/engine'
import type { SearchDoc } from '../../../src/core/search/types'
import { buildCorpus, getSearchIndex } from '../../../src/search/corpus'

describe('prebuilt index', () => {
  it('is up to date: rebuilding from the content gives the committed JSON (run npx tsx scripts/build-search-index.ts)', () => {
    const committed = readFileSync(INDEX_PATH, 'utf8')
    expect(serializeIndex(buildSearchIndexData()) === committed).toBe(true)
  })

  it('stays small: index JSON ≤ 255 KB (search code + index budget is 300 KB; the code is about 45 KB)', () => {
    expect(Buffer.byteLength(readFileSync(INDEX_PATH))).toBeLessThanOrEqual(255 * 1024)
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
      { docs: [0, 1, 2, 300, 4000, 65000], wtfs: [1, 2, 3, 4, 50, 1] },
      { docs: [7], wtfs: [9] },
      { docs: [], wtfs: [] },
      { docs: [0], wtfs: [1] },
    ]
    const post = encodeLists(lists)
    expect(post).not.toMatch(/["\\]/)
    const { offsets, docs, tfs } = decodeAll(post, lists.length)
    lists.forEach((l, i) => {
      expect([...docs.subarray(offsets[i], offsets[i + 1])]).toEqual(l.docs)
      expect([...tfs.subarray(offsets[i], offsets[i + 1])]).toEqual(l.wtfs)
    })
    expect(() => decodeAll(post, 3)).toThrow(/4 posting lists for 3 terms/)
    expect(() => encodeLists([{ docs: [3, 3], wtfs: [1, 1] }])).toThrow(/order/)
    // 65 one-character numbers, then 27 continuation digits each: 65 × 27 two-character ones.
    expect(writeVarint(64)).toHaveLength(1)
    expect(writeVarint(65)).toHaveLength(2)
    expect(writeVarint(65 * 27 - 1)).toHaveLength(2)
    expect(writeVarint(65 * 27)).toHaveLength(3)
    for (let n = 0; n < 3000; n++) expect(writeVarint(n)).toMatch(/^[!#-[\]-~]+$/)
    const numbers = [0, 1, 64, 65, 500, 27 * 65, 99999]
    expect(decodeVarints(numbers.map(writeVarint).join(''))).toEqual(numbers)
    expect(fnv1a('a')).toBe('e40c292c')
  })

  it('codes numbers by model with codes fitted to them: common small numbers in few bits, any number back exactly', () => {
    const w = new NumberWriter()
    const written: [number, number][] = []
    // Model 0 mostly 0s and 1s, model 2 a wide spread (model 1 unused), model 3 one value only.
    for (let i = 0; i < 2000; i++) written.push([0, i % 10 === 0 ? 1 : 0])
    for (const v of [31, 32, 33, 63, 64, 1000, 65535, 2 ** 20 + 7, 0]) written.push([2, v])
    for (let i = 0; i < 5; i++) written.push([3, 12])
    for (const [m, v] of written) w.put(m, v)
    const text = w.text()
    expect(text).toMatch(/^[!#-[\]-~]+ [!#-[\]-~]*$/)
    // 2,000 near-certain numbers take about a bit each (13 bits to two characters), not a character each.
    expect(text.length).toBeLessThan(2000 * 2 / 13 + 100)
    const r = new NumberReader(text)
    expect(written.map(([m]) => r.get(m))).toEqual(written.map(([, v]) => v))
    expect(() => r.get(1)).toThrow()
    expect(() => new NumberWriter().put(0, -1)).toThrow()
    expect(() => new NumberWriter().put(0, 1.5)).toThrow()
    expect(() => new NumberReader('header')).toThrow(/header/)
  })

  it('restores every character’s postings from the bigrams it starts: exactly the counts of the text (title ×3, keywords ×2, body ×1), stray pairs left out', () => {
    const docs = indexedCorpus()
    const index = createSearchIndex(buildIndexData(docs, charPinyinTable(docs)), docs)
    const counted = new Map<string, Map<number, number>>()
    docs.forEach((doc, d) => {
      const add = (terms: string[], w: number) => {
        for (const t of terms) {
          const m = counted.get(t) ?? new Map<number, number>()
          m.set(d, (m.get(d) ?? 0) + w)
          counted.set(t, m)
        }
      }
      add(tokenize(doc.fields.title), 3)
      for (const k of doc.fields.keywords) add(tokenize(k), 2)
      add(tokenize(doc.fields.body), 1)
    })
    // A pair used once, in one body, that no table names (no dictionary or questions here) leaves the index.
    const tableWords = new Set(LEXICON)
    const stray = [...counted].filter(([t, m]) => /^[\u3400-\u9fff]{2}$/.test(t) && m.size === 1 && [...m.values()][0] === 1 && !tableWords.has(t)).map(([t]) => t)
    expect(stray.length).toBeGreaterThan(1000)
    expect(stray.filter((t) => index.termIds.has(t))).toEqual([])
    expect(index.terms.length).toBe(counted.size - stray.length)
    const wrong = index.terms.filter((t, id) => {
      const list = new Map<number, number>()
      for (let p = index.offsets[id]; p < index.offsets[id + 1]; p++) list.set(index.pdocs[p], index.ptfs[p])
      const want = counted.get(t)!
      return list.size !== want.size || [...want].some(([d, w]) => list.get(d) !== w)
    })
    expect(wrong).toEqual([])
  })

  it('adds a character’s bigrams to its own list, and extra postings to a term’s list', () => {
    // Terms: 信 (group of 3: 信, 信访, 信息), then the word 'abc'.
    const post = encodeLists([{ docs: [2], wtfs: [1] }, { docs: [0, 2], wtfs: [2, 1] }, { docs: [1], wtfs: [3] }, { docs: [0], wtfs: [1] }])
    const lists = restorePostings([3], decodeAll(post, 4), 3)
    const list = (l: typeof lists, t: number) => [...l.docs.subarray(l.offsets[t], l.offsets[t + 1])].map((d, i) => [d, l.tfs[l.offsets[t] + i]])
    expect(list(lists, 0)).toEqual([[0, 2], [1, 3], [2, 2]])
    expect(list(lists, 1)).toEqual([[0, 2], [2, 1]])
    expect(list(lists, 3)).toEqual([[0, 1]])
    // Extra postings for 信息 (term 2): documents 1 (adds up) and 2 (new); the step from the start (-1)
    // is written minus one, doubled (the low bit says whether content uses the term: here it does).
    const extra = decodeExtra(encodeLearnt([{ step: 2, alone: false, docs: [1, 2], wtfs: [2, 5] }]))
    expect([...extra.keys()]).toEqual([2])
    const learnt = restorePostings([3], decodeAll(post, 4), 3, extra)
    expect(list(learnt, 2)).toEqual([[1, 5], [2, 5]])
    expect(list(learnt, 0)).toEqual(list(lists, 0))
  })

  it('writes lists of characters in order as steps, in fewer bytes than UTF-8, and reads them back', () => {
    const lists = [['㐀', '一', '丁', '信', '访', '龥', '\uf900'], [], ['信', '息']]
    const text = encodeCharLists(lists)
    expect(decodeCharLists(text)).toEqual(lists)
    // A table's worth (3,000 characters seven code points apart): well under UTF-8's three bytes a character.
    const table = [Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + 7 * i))]
    expect(Buffer.byteLength(encodeCharLists(table))).toBeLessThan(Buffer.byteLength(table[0].join('')) / 2)
    expect(decodeCharLists(encodeCharLists([]))).toEqual([])
    expect(() => encodeCharLists([['访', '信']])).toThrow(/order/)
  })

  it('reads learnt postings for several terms, however far apart, and none from an empty section', () => {
    // Term 2, then term 2 + 100 + 1, which no content uses.
    const text = encodeLearnt([{ step: 2, alone: false, docs: [0, 7], wtfs: [1, 9] }, { step: 100, alone: true, docs: [3], wtfs: [4] }])
    const extra = decodeExtra(text)
    expect([...extra].map(([t, e]) => [t, Array.from(e.docs), Array.from(e.tfs), e.alone])).toEqual([
      [2, [0, 7], [1, 9], false],
      [103, [3], [4], true],
    ])
    expect(encodeLearnt([])).toBe('')
    expect(decodeExtra('').size).toBe(0)
  })

  it('gives a term only questions use an empty content list, which the index leaves out', () => {
    // Four terms; term 1 is used by questions only, so `post` holds three lists.
    const post = encodeLists([{ docs: [0], wtfs: [1] }, { docs: [1, 2], wtfs: [1, 2] }, { docs: [2], wtfs: [3] }])
    const extra = decodeExtra(encodeLearnt([{ step: 1, alone: true, docs: [4], wtfs: [1] }]))
    const lists = withEmptyLists(decodeAll(post, 3), extra, 4)
    const docsOf = (t: number) => [...lists.docs.subarray(lists.offsets[t], lists.offsets[t + 1])]
    expect([0, 1, 2, 3].map(docsOf)).toEqual([[0], [], [1, 2], [2]])
    expect(() => withEmptyLists(decodeAll(post, 3), new Map(), 4)).toThrow(/posting lists/)
  })

  it('writes the 繁体 fold table as code-point steps, in about half the bytes of the pairs, and reads it back', () => {
    const fold = new Map([['會', '会'], ['後', '后'], ['復', '复'], ['覆', '复'], ['裏', '里'], ['着', '著']])
    const text = encodeFold(fold)
    expect(decodeFold(text)).toEqual(new Map([...fold].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0))))
    expect(decodeFold('')).toEqual(new Map())
    expect(() => encodeFold(new Map([['會會', '会']]))).toThrow(/fold pair/)
    // The shipped table: exactly the build's pairs, in fewer bytes than writing them out.
    const docs = indexedCorpus()
    const table = variantFoldTable(docs)
    const shipped = JSON.parse(readFileSync(INDEX_PATH, 'utf8')).fold
    expect(decodeFold(shipped)).toEqual(new Map([...table].sort((a, b) => a[0].charCodeAt(0) - b[0].charCodeAt(0))))
    expect(Buffer.byteLength(shipped)).toBeLessThan(Buffer.byteLength([...table].map(([a, b]) => a + b).join('')) * 0.6)
  })

  it('writes document lengths, off-topic weights and the longer lexicon words entropy-coded, and the pinyin table in the engine\'s syllable order, without the syllables', () => {
    expect(decodeNumbers(encodeNumbers([0, 7, 654, 3, 100000]))).toEqual([0, 7, 654, 3, 100000])
    expect(decodeTermWeights(encodeTermWeights([[3, 4], [4, 1], [900, 12]]))).toEqual([[3, 4], [4, 1], [900, 12]])
    expect(() => encodeTermWeights([[4, 1], [4, 2]])).toThrow(/out of order/)
    // Lexicon words: the first pair by term number, the rest by rank in a group or, when the pair is no term, by code point.
    const terms = ['人', '人大', '人民', '大', '大代', '代', '代表', '表']
    const groups = new Map([['人', ['大', '民']], ['大', ['代']], ['代', ['表']]])
    const number = (t: string) => (terms.includes(t) ? terms.indexOf(t) : undefined)
    const words = ['人大代表', '人民币', '大代表']
    const coded = encodeWords(words, number, (c) => groups.get(c))
    expect(decodeWords(coded, terms, (c) => groups.get(c))).toEqual(words)
    expect(() => encodeWords(['币人民'], number, (c) => groups.get(c))).toThrow(/first pair/)
    expect(getSearchIndex().lexicon).toEqual(expect.arrayContaining(['人大代表', '网上信访']))
    const data = JSON.parse(readFileSync(INDEX_PATH, 'utf8'))
    expect(decodeNumbers(data.dl)).toHaveLength(data.n)
    expect(data.pySyllables).toBeUndefined()
    const lists = decodeCharLists(data.py)
    expect(lists).toHaveLength(SYLLABLES.size)
    expect(lists[[...SYLLABLES].indexOf('fang')]).toContain('访')
    expect(lists[[...SYLLABLES].indexOf('xin')]).toContain('信')
  })

  it('builds and searches a tiny corpus end to end', () => {
    const docs: SearchDoc[] = [
      { id: 'a', type: 'faq', title: '复查多久', fields: { title: '复查多久', keywords: ['不服'], body: '三十日内请求复查。' }, refs: [] },
      { id: 'b', type: 'faq', title: '仲裁', fields: { title: '劳动仲裁', keywords: ['欠薪'], body: '一年内申请仲裁。' }, refs: [] },
    ]
    const py = new Map([['复', ['fu']], ['查', ['cha']], ['仲', ['zhong']], ['裁', ['cai']]])
    const index = createSearchIndex(JSON.parse(JSON.stringify(buildIndexData(docs, py))), docs)
    expect(search(index, '复查')[0].id).toBe('a')
    expect(search(index, '欠薪')[0].id).toBe('b')
    expect(search(index, 'fucha')[0].id).toBe('a')
  })

  it('leaves out a pair used once that no dictionary lists and no question uses, unless one does; its characters keep the count', () => {
    const docs: SearchDoc[] = [
      { id: 'a', type: 'faq', title: '要不要收费', fields: { title: '要不要收费', keywords: [], body: '材料不收钱，寄信的邮费自付。' }, refs: [] },
      { id: 'b', type: 'faq', title: '多久答复', fields: { title: '多久答复', keywords: [], body: '六十日内书面答复。' }, refs: [] },
    ]
    const py = new Map<string, string[]>()
    const terms = (data: ReturnType<typeof buildIndexData>) => createSearchIndex(JSON.parse(JSON.stringify(data)), docs).termIds
    expect(terms(buildIndexData(docs, py)).has('寄信')).toBe(false)
    expect(terms(buildIndexData(docs, py)).has('寄')).toBe(true)
    expect(terms(buildIndexData(docs, py, new Map(), new Map(), new Map(), new Set(['寄信']))).has('寄信')).toBe(true)
    expect(terms(buildIndexData(docs, py, new Map(), new Map(), new Map([[1, ['寄信了多久回']]]))).has('寄信')).toBe(true)
    // Used twice (title ×3 counts as more than once): kept.
    expect(terms(buildIndexData(docs, py)).has('收费')).toBe(true)
    const index = createSearchIndex(JSON.parse(JSON.stringify(buildIndexData(docs, py))), docs)
    const ji = index.termIds.get('寄')!
    expect([...index.pdocs.subarray(index.offsets[ji], index.offsets[ji + 1])]).toEqual([0])
    expect(search(index, '寄信收费吗')[0]?.id).toBe('a')
  })
})
