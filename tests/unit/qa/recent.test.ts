import { addRecentSearch, normalizeRecentQuery, RECENT_MAX, sanitizeRecent } from '../../../src/core/qa/recent'

test('a new search goes to the front', () => {
  expect(addRecentSearch(['甲', '乙'], '丙')).toEqual(['丙', '甲', '乙'])
})

test('searching again moves the query to the front instead of repeating it', () => {
  expect(addRecentSearch(['甲', '乙', '丙'], '丙')).toEqual(['丙', '甲', '乙'])
  expect(addRecentSearch(['甲', '乙'], '  甲 ')).toEqual(['甲', '乙'])
})

test('the list is kept to 8, dropping the oldest', () => {
  const full = ['1', '2', '3', '4', '5', '6', '7', '8']
  expect(RECENT_MAX).toBe(8)
  expect(addRecentSearch(full, '新')).toEqual(['新', '1', '2', '3', '4', '5', '6', '7'])
  expect(addRecentSearch(full, '新', 3)).toEqual(['新', '1', '2'])
})

test('blank queries change nothing, and the input list is never mutated', () => {
  const list = ['甲']
  expect(addRecentSearch(list, '   ')).toEqual(['甲'])
  addRecentSearch(list, '乙')
  expect(list).toEqual(['甲'])
})

test('queries are trimmed, whitespace collapsed, long ones cut', () => {
  expect(normalizeRecentQuery('  复查\n  要多久 ')).toBe('复查 要多久')
  expect(normalizeRecentQuery('长'.repeat(100)).length).toBe(40)
})

test('a stored value that is not a clean list reads back as one', () => {
  expect(sanitizeRecent(undefined)).toEqual([])
  expect(sanitizeRecent('复查')).toEqual([])
  expect(sanitizeRecent(['复查', 3, null, '', '复查', ' 复核 '])).toEqual(['复查', '复核'])
  expect(sanitizeRecent(Array.from({ length: 20 }, (_, i) => `q${i}`)).length).toBe(8)
  expect(addRecentSearch(['甲', 7, '甲'], '乙')).toEqual(['乙', '甲'])
})
