import { KIND_LABELS, resultTarget } from '../../../src/core/qa/targets'

const chapterOf = (id: string) => (id === 'ch4-recheck' ? 4 : undefined)

test('kind badges', () => {
  expect(KIND_LABELS).toEqual({ faq: '问答', article: '条文', card: '图解', channel: '引导' })
})

test('a Q&A result leads to its entry, carrying the search for its 「有帮助吗？」', () => {
  expect(resultTarget({ id: 'faq-review-deadline', type: 'faq', refs: [] }, '复查', chapterOf)).toEqual({ kind: 'faq', id: 'faq-review-deadline', query: '复查' })
  expect(resultTarget({ id: 'faq-review-deadline', type: 'faq', refs: [] }, '  ', chapterOf)).toEqual({ kind: 'faq', id: 'faq-review-deadline' })
})

test('an article leads to the reader at that article, carrying the trimmed search words to highlight', () => {
  const t = resultTarget({ id: 'xinfang-2022/35', type: 'article', refs: [{ law: '信访工作条例', article: 35, paragraph: 1 }] }, ' 复查要多久 ', chapterOf)
  expect(t).toEqual({ kind: 'article', ref: { law: '信访工作条例', article: 35 }, highlight: '复查要多久' })
  const other = resultTarget({ id: 'xingzheng-fuyi-2023/20', type: 'article', refs: [{ law: '行政复议法', article: 20 }] }, '', chapterOf)
  expect(other).toEqual({ kind: 'article', ref: { law: '行政复议法', article: 20 } })
  expect(resultTarget({ id: 'x', type: 'article', refs: [] }, 'q', chapterOf)).toEqual({ kind: 'toc' })
})

test('a 图解 card leads to the cards of its chapter', () => {
  expect(resultTarget({ id: 'ch4-recheck', type: 'card', refs: [] }, 'x', chapterOf)).toEqual({ kind: 'cards', chapter: 4 })
  expect(resultTarget({ id: 'unknown', type: 'card', refs: [] }, 'x', chapterOf)).toEqual({ kind: 'cards', chapter: undefined })
})

test('a guide channel names the channel to open', () => {
  expect(resultTarget({ id: 'labor-arbitration', type: 'channel', refs: [] }, '欠工资', chapterOf)).toEqual({ kind: 'channel', channelId: 'labor-arbitration' })
})
