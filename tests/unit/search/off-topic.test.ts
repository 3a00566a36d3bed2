import { buildIndexData } from '../../../src/core/search/build'
import { analyzeQuery, coverage, createSearchIndex, IN_SCOPE_EVIDENCE, MIN_COVERAGE, OFF_TOPIC_MAX, offTopicEvidence, searchAnswer } from '../../../src/core/search/engine'
import type { SearchDoc } from '../../../src/core/search/types'
import { OFF_TOPIC_TUNING } from '../../../scripts/build-search-index'
import { OFFTOPIC_QUERIES } from '../../search/offtopic-queries'
import { OFFTOPIC_MORE_QUERIES } from '../../search/offtopic-more-queries'
import { OFFTOPIC_THIRD_QUERIES } from '../../search/offtopic-third-queries'
import { OFFTOPIC_FOURTH_QUERIES } from '../../search/offtopic-fourth-queries'
import { HOLDOUT_OFFTOPIC_QUERIES } from '../../search/holdout-offtopic-queries'

/**
 * The index learns which word pairs speak for a question the app does not answer, from the off-topic
 * tuning queries, as documents learn from the questions they answer. A tiny corpus shows the rule; the
 * real sets' figures are in the bench (each sixth scored on an index that learnt from the rest).
 */
const docs: SearchDoc[] = [
  { id: 'faq-wait', type: 'faq', title: '复查要多久', fields: { title: '复查要多久', keywords: [], body: '收到处理意见之日起三十日内可以请求复查，复查机关三十日内答复。' }, refs: [] },
  { id: 'faq-visit', type: 'faq', title: '天气不好能不能去信访局', fields: { title: '天气不好能不能去信访局', keywords: [], body: '信访局照常接待来访，也可以网上信访。' }, refs: [] },
]
const asked = new Map([[0, ['复查要等多长时间', '复查多久有答复', '请求复查以后多久答复', '复查期限', '复查几天', '复查超期', '复查结果', '复查找谁', '复查怎么申请', '复查要钱吗']]])
const offTopic = ['明天天气怎么样', '今天天气好不好', '周末天气预报准不准', '天气冷了穿什么', '复查血常规前看天气吗']
const index = (off: readonly string[]) => createSearchIndex(JSON.parse(JSON.stringify(buildIndexData(docs, new Map(), new Map(), new Map(), asked, new Set(), off))), docs)

describe('off-topic evidence', () => {
  it('weighs the pairs off-topic questions use more than the answered ones, and nothing else', () => {
    const ix = index(offTopic)
    const weight = (t: string) => ix.offTopic[ix.termIds.get(t)!]
    // 天气: every off-topic query, one document's title. A word no document has is for unknownShare.
    expect(weight('天气')).toBeGreaterThan(OFF_TOPIC_MAX)
    // 复查 is in the content and in the questions asked: one off-topic use does not make it off-topic.
    expect(weight('复查')).toBe(0)
    expect(index([]).offTopic.every((w) => w === 0)).toBe(true)
  })

  it('a query about the weather gets the honest no-answer, one about 复查 keeps its answer', () => {
    const ix = index(offTopic)
    expect(offTopicEvidence(ix, analyzeQuery(ix, '天气怎么样'))).toBeGreaterThan(OFF_TOPIC_MAX)
    expect(searchAnswer(ix, '天气怎么样').confident).toBe(false)
    // Learning nothing off-topic, the title's 天气 made it an answer.
    expect(searchAnswer(index([]), '天气怎么样').confident).toBe(true)
    expect(searchAnswer(ix, '复查多久答复').confident).toBe(true)
    expect(searchAnswer(ix, '复查多久答复').results[0].id).toBe('faq-wait')
  })

  it('the app learns only from the off-topic tuning sets, never the held-out one', () => {
    expect(OFF_TOPIC_TUNING).toEqual([...OFFTOPIC_QUERIES, ...OFFTOPIC_MORE_QUERIES, ...OFFTOPIC_THIRD_QUERIES, ...OFFTOPIC_FOURTH_QUERIES])
    const tuning = new Set(OFF_TOPIC_TUNING)
    expect(HOLDOUT_OFFTOPIC_QUERIES.filter((q) => tuning.has(q)).length).toBe(0)
  })

  it('many in-scope words vouch for an answer that covers less of a new wording', () => {
    // The Q&A on 复查 answers; the other words are the app's (each in some other answer), none off-topic.
    const words = ['街道', '社区', '干部', '材料', '窗口', '登记', '回执', '电话', '邮寄']
    const corpus: SearchDoc[] = [
      docs[0],
      ...words.map((w, i): SearchDoc => ({ id: `faq-${i}`, type: 'faq', title: `关于${w}`, fields: { title: `关于${w}`, keywords: [], body: `${w}的说明。` }, refs: [] })),
    ]
    const ix = createSearchIndex(JSON.parse(JSON.stringify(buildIndexData(corpus, new Map(), new Map(), new Map(), asked, new Set(), offTopic))), corpus)
    const query = '复查多久' + words.join('')
    const plan = analyzeQuery(ix, query)
    expect(searchAnswer(ix, query).results[0].id).toBe('faq-wait')
    expect(coverage(ix, plan, ix.byId.get('faq-wait')!)).toBeLessThan(MIN_COVERAGE)
    expect(offTopicEvidence(ix, plan)).toBeLessThanOrEqual(IN_SCOPE_EVIDENCE)
    // Below MIN_COVERAGE, so shown only because its words are the app's.
    expect(searchAnswer(ix, query).confident).toBe(true)
    // With words the app does not know beside it instead, as low a coverage is the honest no-answer.
    const few = '复查多久' + '天气'.repeat(4)
    expect(coverage(ix, analyzeQuery(ix, few), ix.byId.get('faq-wait')!)).toBeLessThan(MIN_COVERAGE)
    expect(searchAnswer(ix, few).confident).toBe(false)
  })
})
