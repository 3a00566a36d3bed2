import { cutSnippet, normalizeRanges, splitByRanges } from '../../../src/core/qa/highlight'

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

test('a short text is its own snippet, whitespace collapsed, ranges mapped', () => {
  const { snippet, ranges } = cutSnippet('第一段\n\n  复查期限', [{ start: 7, end: 9 }])
  expect(snippet).toBe('第一段 复查期限')
  expect(snippet.slice(ranges[0].start, ranges[0].end)).toBe('复查')
})

test('a long text is cut around the first match, with … where cut', () => {
  const text = '甲'.repeat(100) + '复查' + '乙'.repeat(100)
  const { snippet, ranges } = cutSnippet(text, [{ start: 100, end: 102 }], 30, 5)
  expect(snippet.startsWith('…')).toBe(true)
  expect(snippet.endsWith('…')).toBe(true)
  expect(snippet.length).toBe(32)
  expect(ranges).toHaveLength(1)
  expect(snippet.slice(ranges[0].start, ranges[0].end)).toBe('复查')
  expect(ranges[0].start).toBe(6) // … + 5 characters of lead-in
})

test('without ranges the snippet is the start; near the end it is the last stretch', () => {
  const text = '一二三四五六七八九十'.repeat(10)
  expect(cutSnippet(text, [], 10).snippet).toBe('一二三四五六七八九十…')
  const end = cutSnippet(text, [{ start: 98, end: 100 }], 10, 2)
  expect(end.snippet).toBe('…一二三四五六七八九十')
  expect(end.snippet.slice(end.ranges[0].start, end.ranges[0].end)).toBe('九十')
})

test('matches outside the snippet window are dropped, partial ones clipped', () => {
  const text = 'A'.repeat(10) + 'BB' + 'C'.repeat(100) + 'DD'
  const { snippet, ranges } = cutSnippet(text, [{ start: 10, end: 12 }, { start: 112, end: 114 }], 20, 0)
  expect(ranges).toHaveLength(1)
  expect(snippet.slice(ranges[0].start, ranges[0].end)).toBe('BB')
})
