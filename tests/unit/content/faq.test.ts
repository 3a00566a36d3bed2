import { FAQ_ANSWERS, FAQ_WITH_ANSWERS as FAQ } from '../../../src/content/faq-answers'
import { FAQ_KEYWORDS } from '../../../src/content/faq-keywords'
import { FAQ_TOPICS } from '../../../src/core/content/types'
import type { FaqEntryWithAnswer as FaqEntry } from '../../../src/core/content/types'
import type { ArticleRef } from '../../../src/core/law/types'
import { officialProblem } from '../law/official-texts'
import { EVAL_QUERIES } from '../../search/eval-queries'

/** The one citation checker, against the official texts (supporting laws included). */
const faqRefProblem = officialProblem

const byId = new Map(FAQ.map((entry) => [entry.id, entry]))
const entry = (id: string): FaqEntry => {
  const found = byId.get(id)
  if (!found) throw new Error(`missing FAQ entry ${id}`)
  return found
}
const textOf = (e: FaqEntry) => `${e.question}\n${e.short}\n${e.answer}`
const cites = (e: FaqEntry, law: ArticleRef['law'], article: number) => e.refs.some((r) => r.law === law && r.article === article)
/** Compare questions ignoring spaces, punctuation and letter case. */
const normalize = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')
const CONTACT = "见本程序'联系我们'里的信访部门联系方式（示例数据，以当地公布为准）"

describe('ref checker (self-test)', () => {
  it('accepts real articles, paragraphs and items', () => {
    expect(faqRefProblem({ law: '信访工作条例', article: 20, paragraph: 3 })).toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 31, item: 6 })).toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 22, paragraph: 2 })).toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 22, paragraph: 1, item: 3 })).toBeNull()
    expect(faqRefProblem({ law: '行政复议法', article: 23, paragraph: 1, item: 4 })).toBeNull()
    expect(faqRefProblem({ law: '劳动争议调解仲裁法', article: 27, paragraph: 4 })).toBeNull()
  })
  it('rejects what does not exist', () => {
    expect(faqRefProblem({ law: '信访工作条例', article: 51 })).not.toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 20, paragraph: 5 })).not.toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 26, item: 7 })).not.toBeNull()
    // 第二十二条 has two 款 (items belong to the first): an item needs its 款, and 款 3 does not exist.
    expect(faqRefProblem({ law: '信访工作条例', article: 22, item: 1 })).not.toBeNull()
    expect(faqRefProblem({ law: '信访工作条例', article: 22, paragraph: 3 })).not.toBeNull()
    expect(faqRefProblem({ law: '行政诉讼法', article: 104 })).not.toBeNull()
    expect(faqRefProblem({ law: '民法典', article: 205 })).not.toBeNull()
    expect(faqRefProblem({ law: '宪法' as ArticleRef['law'], article: 41 })).not.toBeNull()
  })
})

describe('FAQ content', () => {
  it('has one fuller answer (faq-answers.ts) for each entry, and none for an entry that does not exist', () => {
    // FAQ_WITH_ANSWERS throws on an entry without an answer; here, answers without an entry.
    expect(Object.keys(FAQ_ANSWERS).filter((id) => !byId.has(id))).toEqual([])
    expect(Object.keys(FAQ_ANSWERS).length).toBe(FAQ.length)
  })

  it('has at least 120 entries', () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(120)
  })

  it('covers every topic with at least 8 entries, and only known topics', () => {
    for (const topic of FAQ_TOPICS) {
      const count = FAQ.filter((e) => e.topic === topic).length
      if (count < 8) throw new Error(`topic ${topic} has only ${count} entries`)
    }
    const unknown = FAQ.filter((e) => !(FAQ_TOPICS as readonly string[]).includes(e.topic)).map((e) => e.id)
    expect(unknown).toEqual([])
  })

  it('has unique, stable kebab-case ids', () => {
    const ids = FAQ.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    const bad = ids.filter((id) => !/^faq-[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    expect(bad).toEqual([])
  })

  it('has unique questions', () => {
    const questions = FAQ.map((e) => normalize(e.question))
    expect(new Set(questions).size).toBe(questions.length)
  })

  it('links 2–4 related entries that exist, are not itself and are not repeated', () => {
    const problems: string[] = []
    for (const e of FAQ) {
      if (e.related.length < 2 || e.related.length > 4) problems.push(`${e.id}: ${e.related.length} related`)
      if (new Set(e.related).size !== e.related.length) problems.push(`${e.id}: repeated related`)
      for (const id of e.related) {
        if (id === e.id) problems.push(`${e.id}: relates to itself`)
        else if (!byId.has(id)) problems.push(`${e.id}: unknown related ${id}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('cites only articles, paragraphs and items that exist in the law data', () => {
    const problems: string[] = []
    for (const e of FAQ) {
      for (const ref of e.refs) {
        const problem = faqRefProblem(ref)
        if (problem) problems.push(`${e.id}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('cites the law in every entry except those purely about using the app', () => {
    const uncited = FAQ.filter((e) => e.refs.length === 0 && e.topic !== '使用本程序').map((e) => e.id)
    expect(uncited).toEqual([])
  })

  it('never cites a 信访工作条例 article beyond 50 (2022 numbering)', () => {
    const beyond = FAQ.flatMap((e) => e.refs.filter((r) => r.law === '信访工作条例' && r.article > 50).map(() => e.id))
    expect(beyond).toEqual([])
  })

  it('keeps short answers short and every text field filled', () => {
    const problems: string[] = []
    for (const e of FAQ) {
      if (e.short.length > 80) problems.push(`${e.id}: short is ${e.short.length} chars`)
      if (!e.question.trim() || !e.short.trim() || !e.answer.trim()) problems.push(`${e.id}: empty text`)
      if (e.answer.split('\n').some((paragraph) => !paragraph.trim())) problems.push(`${e.id}: empty paragraph`)
      if (e.answer.length <= e.short.length) problems.push(`${e.id}: answer not fuller than short`)
    }
    expect(problems).toEqual([])
  })

  it('has everyday keywords on every entry, and keywords only for entries that exist', () => {
    const problems: string[] = []
    for (const e of FAQ) {
      const keywords = FAQ_KEYWORDS[e.id] ?? []
      if (keywords.length === 0) problems.push(`${e.id}: no keywords`)
      if (keywords.some((k) => !k.trim())) problems.push(`${e.id}: blank keyword`)
      if (new Set(keywords).size !== keywords.length) problems.push(`${e.id}: repeated keyword`)
    }
    const ids = new Set(FAQ.map((e) => e.id))
    for (const id of Object.keys(FAQ_KEYWORDS)) if (!ids.has(id)) problems.push(`${id}: keywords for no entry`)
    expect(problems).toEqual([])
  })

  it('never invents contact details: no phone numbers other than national hotlines', () => {
    const phones = FAQ.flatMap((e) => (textOf(e).match(/\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,}/g) ?? []).map((m) => `${e.id}: ${m}`))
    expect(phones).toEqual([])
    for (const id of ['faq-contact-bureau', 'faq-app-contact', 'faq-where-to-visit']) {
      expect(textOf(entry(id))).toContain(CONTACT)
    }
  })

  it('avoids wording the 2022 regulation does not use', () => {
    const hits = FAQ.filter((e) => /逐级走访|国务院令第/.test(textOf(e))).map((e) => e.id)
    expect(hits).toEqual([])
  })
})

describe('FAQ facts (spot checks against shared/notes/legal-facts.md)', () => {
  it('复查: cites 第三十五条 and says 30日', () => {
    const e = entry('faq-review-deadline')
    expect(e.topic).toBe('复查和复核')
    expect(cites(e, '信访工作条例', 35)).toBe(true)
    expect(e.short).toContain('30日')
    expect(e.answer).toContain('30日')
  })

  it('复核: cites 第三十六条, 30日, and no further acceptance on the same facts', () => {
    const e = entry('faq-recheck-deadline')
    expect(cites(e, '信访工作条例', 36)).toBe(true)
    expect(e.short).toContain('30日')
    expect(textOf(entry('faq-after-recheck'))).toContain('不再受理')
    expect(entry('faq-after-recheck').refs).toContainEqual({ law: '信访工作条例', article: 36, paragraph: 3 })
  })

  it('走访代表: at most 5, citing 第二十条第三款', () => {
    const e = entry('faq-group-representatives')
    expect(e.refs).toContainEqual({ law: '信访工作条例', article: 20, paragraph: 3 })
    expect(e.short).toMatch(/(不得超过|不超过)5人/)
  })

  it('办理期限: 60日 from acceptance, extension at most 30日, only for 第三十一条第六项 matters', () => {
    const e = entry('faq-handling-60-days')
    expect(cites(e, '信访工作条例', 34)).toBe(true)
    expect(e.refs).toContainEqual({ law: '信访工作条例', article: 31, item: 6 })
    expect(e.short).toContain('60日')
    expect(e.short).toContain('30日')
    expect(e.answer).toContain('第三十一条第六项')
  })

  it('15日: 信访部门 forwards within 15日 (第22条), agencies notify within 15日 (第23条)', () => {
    expect(cites(entry('faq-bureau-15-days'), '信访工作条例', 22)).toBe(true)
    expect(entry('faq-bureau-15-days').short).toContain('15日')
    expect(cites(entry('faq-notice-15-days'), '信访工作条例', 23)).toBe(true)
    expect(entry('faq-notice-15-days').short).toContain('15日')
    expect(entry('faq-not-our-business').short).toContain('5个工作日')
  })

  it('第十七条 forms: 信息网络 named, e-mail not listed separately', () => {
    const channels = entry('faq-channels')
    expect(channels.refs).toContainEqual({ law: '信访工作条例', article: 17, paragraph: 1 })
    expect(textOf(channels)).toContain('信息网络')
    const email = entry('faq-email')
    expect(email.short).toMatch(/没有单独/)
    expect(textOf(email)).toContain('信息网络')
    // Wherever e-mail comes up, it is explained through 信息网络.
    const emailWithoutNetwork = FAQ.filter((e) => /电子邮件|邮箱/.test(textOf(e)) && !textOf(e).includes('信息网络')).map((e) => e.id)
    expect(emailWithoutNetwork).toEqual([])
  })

  it('prohibited acts are 第二十六条 and their consequences 第四十七条 (not 2005 numbering)', () => {
    const e = entry('faq-prohibited-acts')
    expect(cites(e, '信访工作条例', 26)).toBe(true)
    expect(cites(e, '信访工作条例', 47)).toBe(true)
    expect(cites(e, '信访工作条例', 20)).toBe(false)
  })

  it('agents: says the 2022 regulation has no provision on them', () => {
    const e = entry('faq-agent')
    expect(e.short).toMatch(/没有(规定|关于)/)
    expect(e.short).toContain('2022')
  })

  it('ID card: not required by the regulation, local practice varies', () => {
    const e = entry('faq-id-card')
    expect(e.short).toMatch(/没有要求|没有规定/)
    expect(textOf(e)).toMatch(/各地/)
  })

  it('administrative and labour deadlines match the statutes', () => {
    expect(entry('faq-reconsideration-deadline').short).toContain('60日')
    expect(cites(entry('faq-reconsideration-deadline'), '行政复议法', 20)).toBe(true)
    expect(entry('faq-admin-lawsuit-deadline').short).toMatch(/6个月[\s\S]*15日/)
    expect(cites(entry('faq-admin-lawsuit-deadline'), '行政诉讼法', 46)).toBe(true)
    expect(entry('faq-labour-time-limit').short).toContain('1年')
    expect(cites(entry('faq-labour-time-limit'), '劳动争议调解仲裁法', 27)).toBe(true)
  })

  it('the old 2005 regulation is answered with 第五十条', () => {
    expect(cites(entry('faq-old-regulation'), '信访工作条例', 50)).toBe(true)
  })
})

describe('search evaluation set', () => {
  it('has at least 100 queries, none blank or repeated', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(100)
    const queries = EVAL_QUERIES.map((q) => q.query.trim())
    expect(queries.filter((q) => !q)).toEqual([])
    expect(new Set(queries.map(normalize)).size).toBe(queries.length)
  })

  it('gives every query at least one acceptable answer (article, document or title word); the articles exist', () => {
    const problems: string[] = []
    for (const q of EVAL_QUERIES) {
      if (q.accept.length + (q.ids?.length ?? 0) + (q.titleHas?.length ?? 0) === 0) problems.push(`${q.query}: nothing accepted`)
      for (const ref of q.accept) {
        const problem = faqRefProblem(ref)
        if (problem) problems.push(`${q.query}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('covers the other laws as well as the regulation', () => {
    const laws = new Set(EVAL_QUERIES.flatMap((q) => q.accept.map((r) => r.law)))
    expect([...laws].sort()).toEqual(['信访工作条例', '劳动争议调解仲裁法', '行政复议法', '行政诉讼法'].sort())
  })

  it('shares no question with the FAQ (the set must test phrasings the FAQ does not contain)', () => {
    const faqQuestions = new Set(FAQ.map((e) => normalize(e.question)))
    const shared = EVAL_QUERIES.filter((q) => faqQuestions.has(normalize(q.query))).map((q) => q.query)
    expect(shared).toEqual([])
  })
})
