import { faqDetailRoute, KIND_LABELS, resultTarget } from '../../../src/core/qa/targets'
import { ROUTES } from '../../../src/routes'

const chapterOf = (id: string) => (id === 'ch4-recheck' ? 4 : undefined)

test('kind badges', () => {
  expect(KIND_LABELS).toEqual({ faq: '问答', article: '条文', card: '图解', channel: '引导' })
})

test('a Q&A result opens its detail page, carrying the search for its 「有帮助吗？」', () => {
  expect(resultTarget({ id: 'faq-review-deadline', type: 'faq', refs: [] }, '复查', chapterOf)).toEqual({
    kind: 'page',
    url: `${ROUTES.qaDetail}?id=faq-review-deadline&q=${encodeURIComponent('复查')}`
  })
  expect(resultTarget({ id: 'faq-review-deadline', type: 'faq', refs: [] }, '  ', chapterOf)).toEqual({
    kind: 'page',
    url: `${ROUTES.qaDetail}?id=faq-review-deadline`
  })
  expect(faqDetailRoute('a b')).toBe(`${ROUTES.qaDetail}?id=a%20b`)
})

test('an article opens the reader at that article, carrying the search words to highlight', () => {
  const t = resultTarget({ id: 'xinfang-2022/35', type: 'article', refs: [{ law: '信访工作条例', article: 35 }] }, ' 复查要多久 ', chapterOf)
  expect(t).toEqual({ kind: 'page', url: `${ROUTES.article}?law=xinfang-2022&article=35&q=${encodeURIComponent('复查要多久')}` })
  const other = resultTarget({ id: 'xingzheng-fuyi-2023/20', type: 'article', refs: [{ law: '行政复议法', article: 20 }] }, '', chapterOf)
  expect(other).toEqual({ kind: 'page', url: `${ROUTES.article}?law=xingzheng-fuyi-2023&article=20` })
})

test('a 图解 card opens the cards of its chapter', () => {
  expect(resultTarget({ id: 'ch4-recheck', type: 'card', refs: [] }, 'x', chapterOf)).toEqual({ kind: 'page', url: `${ROUTES.cards}?chapter=4` })
  expect(resultTarget({ id: 'unknown', type: 'card', refs: [] }, 'x', chapterOf)).toEqual({ kind: 'page', url: ROUTES.cards })
})

test('a guide channel goes to the guide tab and names the channel to open', () => {
  expect(resultTarget({ id: 'labor-arbitration', type: 'channel', refs: [] }, '欠工资', chapterOf)).toEqual({
    kind: 'channel',
    channelId: 'labor-arbitration',
    url: ROUTES.guide
  })
})
