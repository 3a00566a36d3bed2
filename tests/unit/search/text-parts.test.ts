/** The one highlight module, as the 问答 cards and the reader use it. */
import { highlight } from '../../../src/core/search/engine'
import { makeSnippet, normalizeRanges, splitByRanges } from '../../../src/core/search/highlight'

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('')

test('splits text into plain and highlighted parts that join back to the text', () => {
  const text = '复查机关应当在30日内答复复查请求'
  const parts = splitByRanges(text, [
    { start: 0, end: 2 },
    { start: 7, end: 9 },
    { start: 13, end: 15 }
  ])
  expect(join(parts)).toBe(text)
  expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['复查', '30', '复查'])
  expect(parts[0]).toEqual({ text: '复查', hit: true })
})

test('unsorted, overlapping, touching, empty and out-of-range ranges are tidied', () => {
  expect(
    normalizeRanges('一二三四五六', [
      { start: 4, end: 9 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
      { start: 3, end: 3 },
      { start: -2, end: 0 },
      { start: 1, end: 2 }
    ])
  ).toEqual([
    { start: 1, end: 3 },
    { start: 4, end: 6 }
  ])
  expect(splitByRanges('', [{ start: 0, end: 1 }])).toEqual([])
  expect(splitByRanges('信访', [])).toEqual([{ text: '信访', hit: false }])
})

test('never cuts a character outside the BMP in half', () => {
  const text = 'a𠀋b' // 𠀋 is two UTF-16 units
  expect(splitByRanges(text, [{ start: 2, end: 3 }]).filter((p) => p.hit).map((p) => p.text)).toEqual(['𠀋'])
  expect(splitByRanges(text, [{ start: 1, end: 2 }]).filter((p) => p.hit).map((p) => p.text)).toEqual(['𠀋'])
})

test('splits text into plain and highlighted runs', () => {
  expect(splitByRanges('信访人对信访处理意见不服的', [{ start: 4, end: 6 }])).toEqual([
    { text: '信访人对', hit: false },
    { text: '信访', hit: true },
    { text: '处理意见不服的', hit: false }
  ])
})

test('no ranges: one plain run; empty text: nothing', () => {
  expect(splitByRanges('复查', [])).toEqual([{ text: '复查', hit: false }])
  expect(splitByRanges('', [])).toEqual([])
})

test('overlapping, unsorted and out-of-range ranges are tolerated', () => {
  const segs = splitByRanges('abcdef', [{ start: 3, end: 9 }, { start: 0, end: 2 }, { start: 1, end: 4 }, { start: 5, end: 5 }])
  expect(segs).toEqual([
    { text: 'abcdef', hit: true }
  ])
  expect(segs.map((s) => s.text).join('')).toBe('abcdef')
  const gaps = splitByRanges('abcdef', [{ start: 4, end: 5 }, { start: 1, end: 2 }])
  expect(gaps.map((s) => [s.text, s.hit])).toEqual([['a', false], ['b', true], ['cd', false], ['e', true], ['f', false]])
})

test('with the search highlighter, a query marks its words in article 35 and the text stays whole', () => {
  const text = '信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。'
  const segs = splitByRanges(text, highlight(text, '复查 30日'))
  expect(segs.map((s) => s.text).join('')).toBe(text)
  const hits = segs.filter((s) => s.hit).map((s) => s.text)
  expect(hits.some((h) => h.includes('复查'))).toBe(true)
  expect(hits.some((h) => h.includes('30'))).toBe(true)
})

test('without query words a snippet is the start of the text, whitespace collapsed, cut with …', () => {
  expect(makeSnippet('第一段\n\n  复查期限', []).snippet).toBe('第一段 复查期限')
  const long = '一二三四五六七八九十'.repeat(10)
  const { snippet, ranges } = makeSnippet(long, [])
  expect(snippet).toBe(long.slice(0, 64) + '…')
  expect(ranges).toEqual([])
})
