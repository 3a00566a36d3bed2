import { splitByRanges } from '../../../src/core/reader/highlight'
import { highlight } from '../../../src/core/search/engine'

test('splits text into plain and highlighted runs', () => {
  expect(splitByRanges('信访人对信访处理意见不服的', [{ start: 4, end: 6 }])).toEqual([
    { text: '信访人对', hit: false },
    { text: '信访', hit: true },
    { text: '处理意见不服的', hit: false }
  ])
})

test('no ranges: one plain run; empty text: one empty run', () => {
  expect(splitByRanges('复查', [])).toEqual([{ text: '复查', hit: false }])
  expect(splitByRanges('', [])).toEqual([{ text: '', hit: false }])
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
