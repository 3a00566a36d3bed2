/**
 * Issue 13's new coverage: the questions citizens bring to a 信访 office beyond the regulation
 * itself. Each topic has a Q&A answer resting on the right provisions, the plain question finds
 * it, and the facts the issue names are stated as the texts say them.
 */
import { FAQ_WITH_ANSWERS as FAQ } from '../../../src/content/faq-answers'
import { CHANNELS } from '../../../src/content/guide/channels'
import { guide } from '../../../src/content/guide/tree'
import { search } from '../../../src/core/search/engine'
import type { FaqEntryWithAnswer as FaqEntry } from '../../../src/core/content/types'
import type { ArticleRef } from '../../../src/core/law/types'
import { getSearchIndex } from '../../../src/search/corpus'

const entry = (id: string): FaqEntry => {
  const found = FAQ.find((e) => e.id === id)
  if (!found) throw new Error(`missing FAQ entry ${id}`)
  return found
}
const channel = (id: string) => {
  const found = CHANNELS.find((c) => c.id === id)
  if (!found) throw new Error(`missing channel ${id}`)
  return found
}
const textOf = (e: FaqEntry) => `${e.question}\n${e.short}\n${e.answer}`
const cites = (refs: readonly ArticleRef[], law: ArticleRef['law'], article: number, paragraph?: number, item?: number) =>
  refs.some((r) => r.law === law && r.article === article && (paragraph === undefined || r.paragraph === paragraph) && (item === undefined || r.item === item))
const cardText = (id: string) => {
  const c = channel(id)
  return [c.summary, c.handler, ...c.howToStart, ...c.prepare, ...c.limits, ...c.next, ...c.dont].map((x) => x.text).join('\n')
}
const cardRefs = (id: string) => {
  const c = channel(id)
  return [...c.refs, ...[c.summary, c.handler, ...c.howToStart, ...c.prepare, ...c.limits, ...c.next, ...c.dont].flatMap((x) => x.refs)]
}
const top3 = (query: string) => search(getSearchIndex(), query, { limit: 3 }).map((r) => r.id)

describe('new Q&A coverage (issue 13)', () => {
  it('a 信访 answer cannot be taken to court: 行政诉讼法解释第一条第二款第九项, challenge the act itself in time', () => {
    const e = entry('faq-xinfang-answer-not-sueable')
    expect(cites(e.refs, '行政诉讼法解释', 1, 2, 9)).toBe(true)
    expect(cites(e.refs, '行政复议法', 20, 1)).toBe(true)
    expect(cites(e.refs, '行政诉讼法', 46, 1)).toBe(true)
    expect(e.short).toMatch(/^不能/)
    expect(e.answer).toMatch(/60日[\s\S]*6个月/)
  })

  it('after a judgment: 再审 6 months, 检察建议或抗诉, criminal appeal 10/5 days, 依法终结', () => {
    const retrial = entry('faq-civil-retrial')
    expect(cites(retrial.refs, '民事诉讼法', 216)).toBe(true)
    expect(retrial.short).toContain('6个月')
    expect(cites(retrial.refs, '民事诉讼法', 220, 1)).toBe(true)
    const criminal = entry('faq-criminal-appeal')
    expect(cites(criminal.refs, '刑事诉讼法', 230)).toBe(true)
    expect(criminal.short).toMatch(/10日[\s\S]*5日/)
    const concluded = entry('faq-legally-concluded')
    expect(cites(concluded.refs, '信访工作条例', 31, undefined, 1)).toBe(true)
    expect(cites(concluded.refs, '信访工作条例', 37, 3)).toBe(true)
  })

  it('unpaid wages: inspection complaint (2 years), payment order, advance enforcement, final awards', () => {
    const wages = entry('faq-wages-owed')
    expect(cites(wages.refs, '劳动争议调解仲裁法', 9)).toBe(true)
    expect(cites(wages.refs, '劳动保障监察条例', 20, 1)).toBe(true)
    expect(cites(wages.refs, '劳动争议调解仲裁法', 16)).toBe(true)
    expect(entry('faq-labour-inspection').short).toContain('2年')
    const fast = entry('faq-wages-fast')
    for (const article of [16, 44, 47]) expect([article, cites(fast.refs, '劳动争议调解仲裁法', article)]).toEqual([article, true])
    expect(textOf(fast)).toContain('可以不提供担保')
  })

  it('domestic violence: 告诫书 (第十六条), protection order (第二十三条), 72 / 24 hours (第二十八条)', () => {
    const e = entry('faq-domestic-violence')
    for (const article of [16, 23, 28]) expect([article, cites(e.refs, '反家庭暴力法', article)]).toEqual([article, true])
    expect(e.short).toContain('24小时')
    expect(e.answer).toContain('72小时')
  })

  it('lawyers and legal aid: 12348, who qualifies, how to apply, 7 days to decide', () => {
    const aid = entry('faq-legal-aid')
    expect(textOf(aid)).toContain('12348')
    expect(cites(aid.refs, '法律援助法', 31)).toBe(true)
    expect(cites(aid.refs, '法律援助法', 43, 1)).toBe(true)
    expect(aid.answer).toContain('7日内')
    expect(cites(entry('faq-lawyer-help').refs, '行政复议法', 17, 1)).toBe(true)
  })

  it('state compensation: 2-year limit, 2 months to decide, 3 months to sue', () => {
    const e = entry('faq-state-compensation')
    expect(cites(e.refs, '国家赔偿法', 39, 1)).toBe(true)
    expect(e.short).toMatch(/2年[\s\S]*2个月/)
    expect(e.answer).toContain('3个月内')
  })

  it('人民建议征集 (第二十九条第三款), 不予受理/不再受理 remedies, anonymous reports, 两代表一委员, assemblies, agents', () => {
    expect(cites(entry('faq-people-suggestion').refs, '信访工作条例', 29, 3)).toBe(true)
    const notAccepted = entry('faq-not-accepted-next')
    for (const [article, paragraph] of [[19, 3], [36, 3], [43], [44]] as [number, number?][]) {
      expect([article, cites(notAccepted.refs, '信访工作条例', article, paragraph)]).toEqual([article, true])
    }
    expect(textOf(entry('faq-anonymous-report'))).toContain('12388')
    expect(cites(entry('faq-deputies').refs, '信访工作条例', 15, 2)).toBe(true)
    expect(entry('faq-assembly-permit').short).toMatch(/^需要/)
    const agents = entry('faq-agent-in-proceedings')
    expect(cites(agents.refs, '行政复议法', 17, 1)).toBe(true)
    expect(cites(agents.refs, '劳动争议调解仲裁法', 24)).toBe(true)
  })
})

describe('plain questions find the new answers (top 3)', () => {
  it.each([
    ['律师能帮我吗', 'faq-lawyer-help'],
    ['请不起律师怎么办', 'faq-legal-aid'],
    ['信访答复能起诉吗', 'faq-xinfang-answer-not-sueable'],
    ['复核意见不服能告吗', 'faq-xinfang-answer-not-sueable'],
    ['判决生效了还能申诉吗', 'faq-civil-retrial'],
    ['被老公打了怎么办', 'faq-domestic-violence'],
    ['欠薪投诉劳动监察', 'faq-labour-inspection'],
    ['国家赔偿', 'faq-state-compensation'],
    ['人民建议征集', 'faq-people-suggestion'],
    ['不予受理怎么办', 'faq-not-accepted-next'],
    ['匿名举报', 'faq-anonymous-report'],
    ['找人大代表反映', 'faq-deputies']
  ])('「%s」 finds %s', (query, id) => {
    expect(top3(query)).toContain(id)
  })
})

describe('guide cards for the new channels', () => {
  it('walks 家庭暴力, 劳动监察投诉, 国家赔偿 and 法律援助 to their cards', () => {
    const walk = (...labels: RegExp[]) => {
      let s = guide.start()
      for (const label of labels) s = guide.answer(s, s.node!.options.findIndex((o) => label.test(o.label)))
      return s.channel?.id
    }
    expect(walk(/民间纠纷/, /家庭暴力/)).toBe('domestic-violence')
    expect(walk(/劳动纠纷/, /劳动监察/)).toBe('labor-inspection')
    expect(walk(/政府部门的决定不服/, /想要赔偿/)).toBe('state-compensation')
    expect(walk(/律师/)).toBe('legal-aid')
  })

  it('states the police, court and inaction facts as the texts do', () => {
    // 不予立案: 刑事诉讼法, not 行政复议.
    const police = cardRefs('police')
    expect(cites(police, '刑事诉讼法', 112)).toBe(true)
    expect(cites(police, '刑事诉讼法', 113)).toBe(true)
    expect(cites(police, '刑事诉讼法', 210, undefined, 3)).toBe(true)
    expect(cardText('police')).toContain('不能申请行政复议')
    // Court: 15/10 days, 6 months, 2 years.
    const court = cardRefs('litigation')
    for (const article of [171, 216, 250]) expect([article, cites(court, '民事诉讼法', article)]).toEqual([article, true])
    expect(cardText('litigation')).toMatch(/15日[\s\S]*10日[\s\S]*6个月[\s\S]*2年/)
    // 行政复议 working days.
    expect(cites(cardRefs('admin-reconsideration'), '行政复议法', 88, 2)).toBe(true)
    expect(cardText('admin-reconsideration')).toContain('工作日')
    // Inaction: 复议 first; the two months is the court's condition.
    expect(cardText('admin-litigation')).toMatch(/先申请行政复议[\s\S]*两个月[\s\S]*起诉/)
    // 劳动争议调解仲裁法第二十七条第二款's words, and keep proof.
    expect(cardText('labor-arbitration')).toMatch(/请求权利救济[\s\S]*凭证/)
  })

  it('states the police refusal in the Q&A the same way', () => {
    const e = entry('faq-police-not-file')
    expect(cites(e.refs, '刑事诉讼法', 112)).toBe(true)
    expect(textOf(e)).toContain('不能申请行政复议')
    expect(textOf(e)).toContain('作出不立案决定的公安机关')
  })
})
