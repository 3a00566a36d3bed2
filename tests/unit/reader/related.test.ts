import { CLIPS } from '../../../src/content/media'
import { FAQ } from '../../../src/content/faq'
import type { ArticleRef } from '../../../src/core/law/types'
import { relatedByRefs } from '../../../src/core/law/related'

const x = (article: number, paragraph?: number): ArticleRef => (paragraph ? { law: '信访工作条例', article, paragraph } : { law: '信访工作条例', article })

test('entries sharing more articles come first; ties keep their order; at most max', () => {
  const entries = [
    { id: 'a', refs: [x(35)] },
    { id: 'b', refs: [x(35, 1), x(36)] },
    { id: 'c', refs: [{ law: '行政复议法', article: 35 } as ArticleRef] },
    { id: 'd', refs: [x(36, 2)] },
    { id: 'e', refs: [x(17)] }
  ]
  expect(relatedByRefs([x(35), x(36, 1)], entries, 3).map((e) => e.id)).toEqual(['b', 'a', 'd'])
  expect(relatedByRefs([x(35), x(35, 2)], entries, 5).map((e) => e.id)).toEqual(['a', 'b'])
  expect(relatedByRefs([x(99)], entries)).toEqual([])
})

test('every clip has between one and three related Q&A entries', () => {
  for (const clip of CLIPS) {
    const related = relatedByRefs(clip.refs, FAQ, 3)
    expect(related.length).toBeGreaterThan(0)
    expect(related.length).toBeLessThanOrEqual(3)
  }
})
