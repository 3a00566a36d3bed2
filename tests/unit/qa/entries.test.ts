import type { FaqEntry } from '../../../src/core/content/types'
import { FAQ_TOPICS } from '../../../src/core/content/types'
import { answerParagraphs, entriesOfTopic, pickByIds, relatedEntries, topicCounts } from '../../../src/core/qa/entries'
import { citedArticles } from '../../../src/core/law/citations'
import { FAQ } from '../../../src/content/faq'
import { HOT_QUESTION_IDS, hotQuestions } from '../../../src/content/hot-questions'

const entry = (id: string, topic: FaqEntry['topic'], related: string[] = []): FaqEntry => ({
  id, topic, question: id, short: '', refs: [], related
})
const A = entry('a', '怎样提出信访', ['b', 'a', 'zz', 'b'])
const B = entry('b', '受理和办理')
const C = entry('c', '怎样提出信访')

test('pickByIds keeps the order asked for and skips unknown ids and repeats', () => {
  expect(pickByIds([A, B, C], ['c', 'x', 'a', 'c']).map((e) => e.id)).toEqual(['c', 'a'])
})

test('entries of a topic, and counts per topic', () => {
  expect(entriesOfTopic([A, B, C], '怎样提出信访').map((e) => e.id)).toEqual(['a', 'c'])
  expect(topicCounts([A, B, C], ['怎样提出信访', '受理和办理', '权利保障'])).toEqual({ 怎样提出信访: 2, 受理和办理: 1, 权利保障: 0 })
})

test('related entries: existing ones, once, never the entry itself', () => {
  expect(relatedEntries(A, [A, B, C]).map((e) => e.id)).toEqual(['b'])
})

test('answer paragraphs', () => {
  expect(answerParagraphs('第一段。\n\n 第二段。 \n')).toEqual(['第一段。', '第二段。'])
})

test('cited articles: one per article, first-cited order, without 款/项', () => {
  expect(
    citedArticles([
      { law: '信访工作条例', article: 35, paragraph: 1 },
      { law: '信访工作条例', article: 36 },
      { law: '信访工作条例', article: 35, paragraph: 2 },
      { law: '行政复议法', article: 35 }
    ])
  ).toEqual([
    { law: '信访工作条例', article: 35 },
    { law: '信访工作条例', article: 36 },
    { law: '行政复议法', article: 35 }
  ])
})

test('the curated hot questions all exist, about six, and every topic has questions', () => {
  expect(HOT_QUESTION_IDS.length).toBeGreaterThanOrEqual(5)
  expect(HOT_QUESTION_IDS.length).toBeLessThanOrEqual(8)
  expect(hotQuestions().map((e) => e.id)).toEqual([...HOT_QUESTION_IDS])
  expect(hotQuestions(3)).toHaveLength(3)
  const counts = topicCounts(FAQ, FAQ_TOPICS)
  for (const t of FAQ_TOPICS) expect(counts[t]).toBeGreaterThan(0)
})
