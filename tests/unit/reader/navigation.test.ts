import { EXPLAINERS } from '../../../src/content/explainers'
import { findArticle, lawById, XINFANG } from '../../../src/content/laws/index'
import { articleNumbers, cardIndex, cardsForArticle, clampIndex, firstWords, neighboursOf, pickChapter, sectionOf } from '../../../src/core/reader/navigation'

test('the regulation reads 1 to 50 in order across its chapters', () => {
  expect(articleNumbers(XINFANG)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
})

test('previous and next article, none beyond the ends or for unknown articles', () => {
  expect(neighboursOf(XINFANG, 35)).toEqual({ prev: 34, next: 36 })
  expect(neighboursOf(XINFANG, 1)).toEqual({ next: 2 })
  expect(neighboursOf(XINFANG, 50)).toEqual({ prev: 49 })
  expect(neighboursOf(XINFANG, 51)).toEqual({})
  // Chapter boundaries are crossed: 第六条 ends chapter one, 第七条 starts chapter two.
  expect(neighboursOf(XINFANG, 6)).toEqual({ prev: 5, next: 7 })
})

test('first words are cut with an ellipsis, short texts kept whole', () => {
  const a35 = findArticle(XINFANG, 35)!
  expect(firstWords(a35, 13)).toBe('信访人对信访处理意见不服的…')
  expect(firstWords({ number: 1, paragraphs: ['短'] })).toBe('短')
})

test('section titles are found for laws that have them', () => {
  const fuyi = lawById('xingzheng-fuyi-2023')!
  expect(sectionOf(fuyi, 20)).toBe('第三节 申请的提出')
  expect(sectionOf(fuyi, 11)).toBe('第一节 行政复议范围')
  expect(sectionOf(XINFANG, 35)).toBeUndefined()
})

test('cards citing an article are found with their chapter, each once', () => {
  const for26 = cardsForArticle(EXPLAINERS, '信访工作条例', 26)
  expect(for26.length).toBeGreaterThan(0)
  for (const c of for26) expect(c.refs.some((r) => r.article === 26)).toBe(true)
  expect(new Set(for26.map((c) => c.id)).size).toBe(for26.length)
  expect(cardsForArticle(EXPLAINERS, '行政复议法', 26)).toEqual([])
  const for35 = cardsForArticle(EXPLAINERS, '信访工作条例', 35)
  expect(for35.every((c) => typeof c.chapter === 'number')).toBe(true)
})

test('chapter and card selection from query parameters', () => {
  expect(pickChapter(EXPLAINERS, '3')).toBe(3)
  expect(pickChapter(EXPLAINERS, undefined)).toBe(1)
  expect(pickChapter(EXPLAINERS, 'x')).toBe(1)
  expect(pickChapter(EXPLAINERS, '9')).toBe(1)
  const ch = EXPLAINERS[1]
  expect(cardIndex(ch, ch.cards[2].id)).toBe(2)
  expect(cardIndex(ch, 'nope')).toBe(0)
  expect(cardIndex(undefined, 'x')).toBe(0)
  expect(clampIndex(-1, 4)).toBe(0)
  expect(clampIndex(9, 4)).toBe(3)
  expect(clampIndex(2, 4)).toBe(2)
  expect(clampIndex(1, 0)).toBe(0)
})
