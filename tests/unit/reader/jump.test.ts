import { parseArticleInput } from '../../../src/core/reader/jump'

const LAW = '《信访工作条例》'

test.each([
  ['35', 35],
  ['第35条', 35],
  ['第三十五条', 35],
  ['三十五', 35],
  ['35条', 35],
  ['第 35 条', 35],
  ['３５', 35],
  ['第十条', 10],
  ['第一十条', 10],
  ['1', 1],
  ['第五十条', 50],
  ['  第二十二条 ', 22]
])('「%s」 opens article %i', (input, article) => {
  expect(parseArticleInput(input, 50, LAW)).toEqual({ ok: true, article })
})

test('0 is refused with a Chinese sentence giving the valid range', () => {
  const r = parseArticleInput('0', 50, LAW)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error).toMatch(/没有第0条.*1到50/)
  const z = parseArticleInput('第零条', 50, LAW)
  expect(z.ok).toBe(false)
})

test('51 is beyond the 50 articles of the regulation', () => {
  const r = parseArticleInput('51', 50, LAW)
  expect(r).toEqual({ ok: false, error: '《信访工作条例》共50条，没有第五十一条。请输入1到50之间的数字。' })
  expect(parseArticleInput('第五十一条', 50, LAW).ok).toBe(false)
  expect(parseArticleInput('99999', 50, LAW).ok).toBe(false)
})

test.each(['abc', '第条', '三五', '35.5', '-3', '第35款', '条35', '信访'])('garbage 「%s」 is not understood', (input) => {
  const r = parseArticleInput(input, 50, LAW)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error).toContain('看不懂')
})

test('an empty box asks for a number', () => {
  const r = parseArticleInput('  ', 50, LAW)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.error).toContain('请输入条文序号')
})

test('the range follows the law being read', () => {
  expect(parseArticleInput('103', 103, '《行政诉讼法》')).toEqual({ ok: true, article: 103 })
  expect(parseArticleInput('第一百零三条', 103, '《行政诉讼法》')).toEqual({ ok: true, article: 103 })
  expect(parseArticleInput('104', 103, '《行政诉讼法》').ok).toBe(false)
})
