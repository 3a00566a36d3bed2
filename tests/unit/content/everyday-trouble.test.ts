/**
 * Issue 14: legal trouble that is not a 信访 matter (a shop that will not pay, a leaked phone
 * number, a scam, a beating, a car crash, a work injury, a divorce, an inheritance, a hospital)
 * leads to the channel that handles it, with its basis. Each answer rests on the texts we hold,
 * names laws we do not hold without article numbers, and a plain question finds it.
 */
import { FAQ_WITH_ANSWERS as FAQ } from '../../../src/content/faq-answers'
import { NATIONAL_HOTLINES } from '../../../src/content/hotlines'
import { search } from '../../../src/core/search/engine'
import type { FaqEntryWithAnswer as FaqEntry } from '../../../src/core/content/types'
import type { ArticleRef } from '../../../src/core/law/types'
import { getSearchIndex } from '../../../src/search/corpus'

const entry = (id: string): FaqEntry => {
  const found = FAQ.find((e) => e.id === id)
  if (!found) throw new Error(`missing FAQ entry ${id}`)
  return found
}
const textOf = (e: FaqEntry) => `${e.question}\n${e.short}\n${e.answer}`
const cites = (e: FaqEntry, law: ArticleRef['law'], article: number, paragraph?: number, item?: number) =>
  e.refs.some((r) => r.law === law && r.article === article && (paragraph === undefined || r.paragraph === paragraph) && (item === undefined || r.item === item))
const top3 = (query: string) => search(getSearchIndex(), query, { limit: 3 }).map((r) => r.id)

const EVERYDAY_IDS = [
  'faq-consumer-dispute',
  'faq-prepaid-card-closed',
  'faq-property-management',
  'faq-rent-deposit',
  'faq-identity-misuse',
  'faq-personal-info-leak',
  'faq-scammed',
  'faq-assaulted',
  'faq-traffic-accident',
  'faq-work-injury',
  'faq-divorce-custody',
  'faq-inheritance-house',
  'faq-medical-dispute',
  'faq-hotlines',
  'faq-institutions',
  'faq-rural-land',
  'faq-nuisance',
  'faq-school-bullying',
  'faq-defamation',
  'faq-adult-guardianship'
]

/** Laws the answers may name but whose text we do not hold: never with an article number. */
const NOT_HELD = ['消费者权益保护法', '道路交通安全法', '工伤保险条例', '物业管理条例', '治安管理处罚法', '个人信息保护法', '医疗纠纷预防和处理条例', '农村土地承包经营纠纷调解仲裁法', '土地管理法', '刑法']

describe('everyday trouble outside 信访 (issue 14)', () => {
  it('has its own topic, with every situation the issue names', () => {
    const topic = FAQ.filter((e) => e.topic === '信访以外的常见纠纷').map((e) => e.id)
    expect(topic.sort()).toEqual([...EVERYDAY_IDS].sort())
  })

  it('names a lawful channel in every answer', () => {
    const channel = /12315|人民调解|调解|仲裁|起诉|报警|报案|110|行政复议|法律援助/
    expect(EVERYDAY_IDS.filter((id) => !channel.test(textOf(entry(id))))).toEqual([])
  })

  it('never gives an article number of a law whose text we do not hold', () => {
    const numbered = new RegExp(`(${NOT_HELD.join('|')})》?第[一二三四五六七八九十百零]+条`)
    expect(FAQ.filter((e) => numbered.test(textOf(e))).map((e) => e.id)).toEqual([])
  })

  it('consumer disputes and prepaid cards: 12315, 人民调解, 小额诉讼, 3-year limit', () => {
    const e = entry('faq-consumer-dispute')
    expect(textOf(e)).toContain('12315')
    expect(cites(e, '人民调解法', 4)).toBe(true)
    expect(cites(e, '民事诉讼法', 165, 1)).toBe(true)
    expect(cites(e, '民法典', 188, 1)).toBe(true)
    expect(e.answer).toContain('3年')
    const card = entry('faq-prepaid-card-closed')
    expect(textOf(card)).toContain('12315')
    expect(cites(card, '刑事诉讼法', 110, 2)).toBe(true)
  })

  it('identity misuse and leaked information: report to the police, 姓名权 and 个人信息 (民法典第一百一十、一百一十一条)', () => {
    const misuse = entry('faq-identity-misuse')
    expect(cites(misuse, '刑事诉讼法', 110, 2)).toBe(true)
    expect(cites(misuse, '民法典', 110, 1)).toBe(true)
    expect(cites(misuse, '民法典', 111)).toBe(true)
    const leak = entry('faq-personal-info-leak')
    expect(cites(leak, '民法典', 111)).toBe(true)
    expect(textOf(leak)).toContain('110')
  })

  it('fraud: 报案, and a refusal to open a case goes the 刑事诉讼法 way (linked to the existing answer)', () => {
    const e = entry('faq-scammed')
    for (const article of [110, 112, 113]) expect([article, cites(e, '刑事诉讼法', article)]).toEqual([article, true])
    expect(e.related).toContain('faq-police-not-file')
    expect(cites(e, '民法典', 152, 1, 1)).toBe(true)
    expect(e.answer).toContain('一年内')
  })

  it('assault: 治安 or 刑事, 自诉 of a minor case (第二百一十条第二项), compensation beside any penalty', () => {
    const e = entry('faq-assaulted')
    expect(textOf(e)).toContain('治安管理处罚法')
    expect(cites(e, '刑事诉讼法', 210, undefined, 2)).toBe(true)
    expect(cites(e, '刑事诉讼法', 101, 1)).toBe(true)
    expect(cites(e, '民法典', 187)).toBe(true)
    expect(e.related).toContain('faq-police-not-file')
  })

  it('traffic accidents: 122, 调解 or 起诉 where the accident happened, legal aid for injury claims', () => {
    const e = entry('faq-traffic-accident')
    expect(textOf(e)).toContain('122')
    expect(cites(e, '民事诉讼法', 29)).toBe(true)
    expect(cites(e, '法律援助法', 31, undefined, 7)).toBe(true)
  })

  it('work injury: 工伤认定 by 人社 (12333), 复议 against the finding, 劳动仲裁 within 1 year', () => {
    const e = entry('faq-work-injury')
    expect(textOf(e)).toContain('12333')
    expect(cites(e, '行政复议法', 11, undefined, 7)).toBe(true)
    expect(cites(e, '劳动争议调解仲裁法', 2, undefined, 5)).toBe(true)
    expect(cites(e, '劳动争议调解仲裁法', 27, 1)).toBe(true)
    expect(e.short).toContain('1年')
  })

  it('family: divorce by agreement or in court, child support outside the 3-year limit, a daughter inherits', () => {
    const divorce = entry('faq-divorce-custody')
    expect(cites(divorce, '民法典', 196, undefined, 3)).toBe(true)
    expect(cites(divorce, '民事诉讼法', 127, undefined, 7)).toBe(true)
    expect(divorce.related).toContain('faq-domestic-violence')
    const inheritance = entry('faq-inheritance-house')
    expect(cites(inheritance, '民法典', 124, 1)).toBe(true)
    expect(cites(inheritance, '民事诉讼法', 34, undefined, 3)).toBe(true)
    expect(textOf(inheritance)).toContain('男女平等')
  })

  it('medical disputes: 协商, 人民调解, 诉讼', () => {
    const e = entry('faq-medical-dispute')
    expect(e.short).toMatch(/协商[\s\S]*人民调解[\s\S]*起诉/)
    expect(cites(e, '人民调解法', 17)).toBe(true)
    expect(cites(e, '民法典', 120)).toBe(true)
  })

  it('hotlines: the answer explains every national hotline the app offers, and none it does not', () => {
    const text = textOf(entry('faq-hotlines'))
    for (const number of Object.keys(NATIONAL_HOTLINES)) expect([number, text.includes(number)]).toEqual([number, true])
    const named = new Set(text.match(/(?<![0-9])(1[0-9]{2,4})(?![0-9])/g))
    expect([...named].filter((n) => !(n in NATIONAL_HOTLINES))).toEqual([])
    expect(NATIONAL_HOTLINES['12315']).toContain('市场监管')
    expect(NATIONAL_HOTLINES['122']).toContain('交通事故')
  })

  it('institutions: 信访部门 (第十四条), 联席会议 (第十三条), 调解委员会, 法律援助机构, 妇联, each on its text', () => {
    const e = entry('faq-institutions')
    expect(cites(e, '信访工作条例', 14, 1)).toBe(true)
    expect(cites(e, '信访工作条例', 13, 1)).toBe(true)
    expect(cites(e, '人民调解法', 7)).toBe(true)
    expect(cites(e, '法律援助法', 12)).toBe(true)
    expect(cites(e, '反家庭暴力法', 13, 1)).toBe(true)
    expect(textOf(e)).toContain('以当地为准')
  })

  it('rural land: 承包 disputes to 调解/仲裁/起诉, a decision on land rights already held goes to 复议 first', () => {
    const e = entry('faq-rural-land')
    expect(textOf(e)).toMatch(/仲裁[\s\S]*起诉/)
    expect(cites(e, '行政复议法', 23, 1, 2)).toBe(true)
    expect(cites(e, '行政复议法', 11, undefined, 8)).toBe(true)
    expect(cites(e, '行政诉讼法', 12, 1, 7)).toBe(true)
  })

  it('强拆 and 低保: administrative acts, 复议 within 60 days or 诉讼 within 6 months', () => {
    const demolition = entry('faq-demolition')
    expect(cites(demolition, '行政复议法', 11, undefined, 5)).toBe(true)
    expect(cites(demolition, '行政诉讼法', 12, 1, 5)).toBe(true)
    expect(demolition.short).toMatch(/60日[\s\S]*6个月/)
    const welfare = entry('faq-welfare-cut')
    expect(cites(welfare, '行政复议法', 11, undefined, 12)).toBe(true)
    expect(cites(welfare, '行政诉讼法', 12, 1, 10)).toBe(true)
    expect(welfare.short).toMatch(/60日[\s\S]*6个月/)
  })
})

describe('nuisances, court enforcement and a life at risk (round 16)', () => {
  it('nuisances: 12345 first, 条例 第三十一条第五项 for asking an office to act, 人民调解 between neighbours, no department invented', () => {
    const e = entry('faq-nuisance')
    expect(textOf(e)).toContain('12345')
    expect(cites(e, '信访工作条例', 31, undefined, 5)).toBe(true)
    expect(cites(e, '人民调解法', 17)).toBe(true)
    expect(e.answer).toContain('各地分工不完全一样')
  })

  it('enforcement: 2 years to apply, the higher court after 6 months, a written objection to the way it is done', () => {
    const e = entry('faq-enforcement')
    expect(cites(e, '民事诉讼法', 250, 1)).toBe(true)
    expect(cites(e, '民事诉讼法', 237)).toBe(true)
    expect(cites(e, '民事诉讼法', 236)).toBe(true)
    expect(e.short).toMatch(/2年[\s\S]*6个月/)
  })

  it('a life at risk: 110 and 120 first, and no hotline number the app cannot vouch for', () => {
    const e = entry('faq-crisis')
    expect(e.short).toMatch(/110[\s\S]*120/)
    expect(e.answer.split('\n')[0]).toMatch(/110[\s\S]*120/)
    const numbers = textOf(e).match(/\d{3,}/g) ?? []
    expect(numbers.filter((n) => !['110', '120', '12345', '12348'].includes(n))).toEqual([])
  })
})

describe('plain questions find the everyday answers (top 3)', () => {
  it.each([
    ['买了个电饭锅用两天就坏了店家不给换', 'faq-consumer-dispute'],
    ['理发店办的卡 店关门了', 'faq-prepaid-card-closed'],
    ['物业乱收停车费', 'faq-property-management'],
    ['房东不退押金怎么办', 'faq-rent-deposit'],
    ['我被注册成了一家公司的法人', 'faq-identity-misuse'],
    ['手机号被泄露天天有骚扰电话', 'faq-personal-info-leak'],
    ['网上刷单被骗了五千', 'faq-scammed'],
    ['被人打了怎么办', 'faq-assaulted'],
    ['出车祸了对方不赔钱', 'faq-traffic-accident'],
    ['工伤认定找哪个部门', 'faq-work-injury'],
    ['离婚以后不让我看孩子', 'faq-divorce-custody'],
    ['爸爸去世了房子怎么分', 'faq-inheritance-house'],
    ['手术出了事故医院不承认', 'faq-medical-dispute'],
    ['122是什么电话', 'faq-hotlines'],
    ['司法所管什么', 'faq-institutions'],
    ['拆迁补偿太少了怎么办', 'faq-demolition'],
    ['低保被取消了不服', 'faq-welfare-cut'],
    ['村委会要把我家的承包地收回去', 'faq-rural-land'],
    ['楼下饭店油烟熏得受不了找哪个部门', 'faq-nuisance'],
    ['判决生效了对方就是不还钱', 'faq-enforcement'],
    ['我爸说不想活了要跳楼', 'faq-crisis']
  ])('「%s」 finds %s', (query, id) => {
    expect(top3(query)).toContain(id)
  })
})

describe('a child bullied at school, and lies told online (round 17)', () => {
  it('school bullying: 110 and a check-up first, the parents act as guardians, 教育局 or 12345 when the school stalls, compensation by 调解 or 诉讼', () => {
    const e = entry('faq-school-bullying')
    expect(e.short).toMatch(/110[\s\S]*教育局[\s\S]*12345[\s\S]*(调解|起诉)/)
    expect(cites(e, '刑事诉讼法', 110, 2)).toBe(true)
    expect(cites(e, '民法典', 27, 1)).toBe(true)
    expect(cites(e, '民法典', 34, 1)).toBe(true)
    expect(cites(e, '信访工作条例', 31, undefined, 5)).toBe(true)
    expect(cites(e, '民事诉讼法', 29)).toBe(true)
    expect(e.answer).toContain('侵权责任编')
  })

  it('defamation: keep evidence, 名誉权 and the ways to make it good, 3 years, 自诉 of a case heard only on complaint', () => {
    const e = entry('faq-defamation')
    expect(e.answer.split('\n')[0]).toMatch(/截图|录屏/)
    expect(cites(e, '民法典', 110, 1)).toBe(true)
    expect(cites(e, '民法典', 179, 1)).toBe(true)
    expect(cites(e, '民法典', 188, 1)).toBe(true)
    expect(cites(e, '刑事诉讼法', 210, undefined, 1)).toBe(true)
    expect(e.short).toContain('3年')
  })

  it('a plain question finds each of them', () => {
    expect(top3('孩子在学校被同学欺负 老师不管')).toContain('faq-school-bullying')
    expect(top3('被人在网上造谣诽谤怎么办')).toContain('faq-defamation')
  })
})

describe('an adult who cannot look after himself (round 17)', () => {
  it('guardianship: the order of guardians, the court’s finding first (legal aid without a means test for the disabled), a will names the next guardian', () => {
    const e = entry('faq-adult-guardianship')
    expect(cites(e, '民法典', 28)).toBe(true)
    expect(cites(e, '民法典', 24, 1)).toBe(true)
    expect(cites(e, '民事诉讼法', 198, 1)).toBe(true)
    expect(cites(e, '法律援助法', 31, undefined, 6)).toBe(true)
    expect(cites(e, '法律援助法', 42, undefined, 1)).toBe(true)
    expect(cites(e, '民法典', 29)).toBe(true)
    expect(e.short).toMatch(/法院[\s\S]*法律援助[\s\S]*遗嘱/)
    expect(e.related).toContain('faq-abandon-dependent')
  })
})
