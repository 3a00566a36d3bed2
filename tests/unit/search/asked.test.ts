import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { askedQuestions } from '../../../scripts/build-search-index'
import { ASKED_MIN_QUESTIONS, buildIndexData } from '../../../src/core/search/build'
import { createSearchIndex, search } from '../../../src/core/search/engine'
import type { SearchDoc } from '../../../src/core/search/types'
import { x, type EvalQuery } from '../../search/eval-queries'

const docs: SearchDoc[] = [
  { id: 'faq-wait', type: 'faq', title: '多久答复', fields: { title: '多久答复', keywords: ['期限'], body: '受理之日起六十日内办结，并书面答复。' }, refs: [{ law: '信访工作条例', article: 32 }] },
  { id: 'faq-fee', type: 'faq', title: '要不要收费', fields: { title: '要不要收费', keywords: ['费用'], body: '信访不收费，材料也不收钱，寄信自付邮费。' }, refs: [] },
  { id: 'xinfang-32', type: 'article', title: '信访工作条例 第三十二条', fields: { title: '', keywords: ['办理'], body: '应当自受理之日起60日内办结。' }, refs: [{ law: '信访工作条例', article: 32 }] },
]
const py = new Map<string, string[]>()

function ids(data: ReturnType<typeof buildIndexData>, query: string): string[] {
  return search(createSearchIndex(JSON.parse(JSON.stringify(data)), docs), query).map((r) => r.id)
}

describe('questions people asked (the tuning set) teach the index their wording', () => {
  it('a word pair that two questions answered by a document use joins that document', () => {
    // People ask faq-wait about 寄信 (a word only faq-fee's text uses) twice.
    const asked = new Map([[0, ['寄信以后多久有回音', '寄信了一直没人回']]])
    const without = buildIndexData(docs, py)
    const withAsked = buildIndexData(docs, py, new Map(), new Map(), asked)
    expect(ids(without, '寄信')).not.toContain('faq-wait')
    expect(ids(withAsked, '寄信')).toContain('faq-wait')
    // Document lengths are the content's: what people ask is evidence, not text to normalise by.
    expect(withAsked.dl).toEqual(without.dl)
  })

  it(`needs ${ASKED_MIN_QUESTIONS} questions, and learns no word the content never uses`, () => {
    // 「材料」 belongs to faq-fee; asked of faq-wait by two questions, faq-wait now also has it.
    const twice = buildIndexData(docs, py, new Map(), new Map(), new Map([[0, ['材料寄出去了', '交了材料']]]))
    const once = buildIndexData(docs, py, new Map(), new Map(), new Map([[0, ['材料寄出去了', '信访要等吗']]]))
    const plain = buildIndexData(docs, py)
    expect(plain.asked).toBe('')
    expect(twice.asked).not.toBe('')
    expect(twice.post).toBe(plain.post)
    // 材料 used by one question only: nothing learnt.
    expect(once.asked).toBe('')
    // 「磨叽」 appears in no document: two questions using it add no vocabulary.
    const slang = buildIndexData(docs, py, new Map(), new Map(), new Map([[0, ['磨叽了', '好磨叽']]]))
    expect(slang.cjk).toBe(buildIndexData(docs, py).cjk)
  })

  it('sends a question to the documents it names, or else to its accepted articles', () => {
    const questions: EvalQuery[] = [
      { query: '信访要钱吗', accept: [], ids: ['faq-fee'] },
      { query: '六十天办完吗', accept: x(32) },
      { query: '问个没人答的', accept: [], ids: ['no-such-doc'] },
    ]
    const asked = askedQuestions(docs, questions)
    expect(asked.get(1)).toEqual(['信访要钱吗'])
    // Only the article itself, not the Q&A citing it (a citation is not an answer to every question).
    expect(asked.get(2)).toEqual(['六十天办完吗'])
    expect(asked.get(0)).toBeUndefined()
  })

  it('learns from the tuning set only, never from a held-out set', () => {
    const script = readFileSync(join(__dirname, '../../../scripts/build-search-index.ts'), 'utf8')
    expect(script).toMatch(/from '..\/tests\/search\/eval-queries'/)
    expect(script).not.toMatch(/holdout/i)
  })
})
