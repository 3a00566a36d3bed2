import { INTERPRETATIONS } from '../../../src/content/interpretations'
import { XINFANG, findArticle, lawByName, refProblem } from '../../../src/content/laws'
import { numberingProblems } from './checks'
import type { Interpretation } from '../../../src/core/content/types'

const X = '信访工作条例' as const
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
/** Articles the app must explain: 第十七条–第三十七条, 第四十四条–第四十七条, 第五十条. */
const REQUIRED = [...range(17, 37), ...range(44, 47), 50]



const textOf = (i: Interpretation) => [i.meaning, ...i.whatToDo, i.deadline ?? ''].join('\n')
const citedBy = (i: Interpretation) => [i.article, ...i.refs.filter((r) => r.law === i.law).map((r) => r.article)]
const officialText = (n: number) => findArticle(XINFANG, n)!.paragraphs.join('\n')
/** An article sets a time limit when its text says 「N日内」 or 「N个工作日内」. */
const setsDeadline = (n: number) => /\d+(个工作)?日内/.test(officialText(n))
const byArticle = (n: number) => INTERPRETATIONS.find((i) => i.law === X && i.article === n)

describe('the checkers themselves', () => {
  it('reject bad citations and 2005 numbering', () => {
    expect(refProblem({ law: X, article: 31, item: 6 })).toBeNull()
    expect(refProblem({ law: X, article: 47, paragraph: 3 })).toBeNull()
    expect(refProblem({ law: X, article: 0 })).not.toBeNull()
    expect(refProblem({ law: X, article: 46, item: 8 })).not.toBeNull()
    expect(refProblem({ law: X, article: 35, paragraph: 2 })).not.toBeNull()
    expect(refProblem({ law: X, article: 47, paragraph: 1, item: 1 })).not.toBeNull()
    expect(numberingProblems('禁止围堵、冲击机关（第二十条）', [20])).toHaveLength(1)
    expect(numberingProblems('60日内办结', [33])).toHaveLength(1)
  })
  it('recognise which articles set a deadline', () => {
    expect([22, 23, 34, 35, 36].every(setsDeadline)).toBe(true)
    expect([17, 19, 26, 50].some(setsDeadline)).toBe(false)
  })
})

describe('INTERPRETATIONS', () => {
  it('covers every required article of the 2022 regulation, at least 26, once each', () => {
    const covered = INTERPRETATIONS.filter((i) => i.law === X).map((i) => i.article)
    expect(REQUIRED.filter((n) => !covered.includes(n))).toEqual([])
    expect(new Set(covered).size).toBe(covered.length)
    expect(INTERPRETATIONS.length).toBeGreaterThanOrEqual(26)
  })

  it.each(INTERPRETATIONS.map((i) => [i.article, i] as const))('第%s条: explains an existing article in one sentence and a few steps', (_n, i) => {
    expect(lawByName(i.law)).toBeDefined()
    expect(findArticle(lawByName(i.law)!, i.article)).toBeDefined()
    expect(i.meaning.length).toBeGreaterThanOrEqual(15)
    expect(i.meaning.endsWith('。')).toBe(true)
    expect(i.meaning.slice(0, -1)).not.toMatch(/[。！？]/)
    expect(i.whatToDo.length).toBeGreaterThanOrEqual(2)
    expect(i.whatToDo.length).toBeLessThanOrEqual(4)
    for (const step of i.whatToDo) {
      expect(step.length).toBeGreaterThanOrEqual(6)
      expect(step.length).toBeLessThanOrEqual(70)
    }
    // Our own words: no long verbatim run copied from the article.
    const official = officialText(i.article)
    for (const t of [i.meaning, ...i.whatToDo]) {
      for (let k = 0; k + 40 <= t.length; k++) expect(official).not.toContain(t.slice(k, k + 40))
    }
  })

  it.each(INTERPRETATIONS.map((i) => [i.article, i] as const))('第%s条: refs resolve to existing articles', (_n, i) => {
    expect(i.refs.length).toBeGreaterThan(0)
    for (const ref of i.refs) expect(refProblem(ref)).toBeNull()
  })

  it.each(INTERPRETATIONS.map((i) => [i.article, i] as const))('第%s条: gives a deadline exactly when the article sets one, with its numbers', (_n, i) => {
    expect(Boolean(i.deadline)).toBe(setsDeadline(i.article))
    if (i.deadline) {
      const official = officialText(i.article)
      for (const n of i.deadline.match(/\d+/g) ?? []) expect(official).toContain(`${n}`)
    }
  })

  it.each(INTERPRETATIONS.map((i) => [i.article, i] as const))('第%s条: uses 2022 numbering (no 2005 slips)', (_n, i) => {
    expect(numberingProblems(textOf(i), citedBy(i))).toEqual([])
  })

  it('states the key limits as the fact sheet does', () => {
    expect(byArticle(34)?.deadline).toMatch(/自受理之日起60日内办结/)
    expect(byArticle(34)?.deadline).toMatch(/不超过30日/)
    expect(byArticle(34)?.refs).toContainEqual({ law: X, article: 31, item: 6 })
    expect(byArticle(35)?.deadline).toMatch(/收到书面答复之日起30日内/)
    expect(byArticle(36)?.deadline).toMatch(/30日内/)
    expect(textOf(byArticle(36)!)).toMatch(/不再受理/)
    expect(byArticle(22)?.deadline).toMatch(/15日/)
    expect(byArticle(23)?.deadline).toMatch(/15日/)
    expect(byArticle(23)?.deadline).toMatch(/5个工作日/)
    expect(textOf(byArticle(20)!)).toMatch(/5人/)
    expect(textOf(byArticle(50)!)).toMatch(/2022年5月1日/)
    const ch17 = textOf(byArticle(17)!)
    for (const way of ['信息网络', '书信', '电话', '传真', '走访']) expect(ch17).toContain(way)
  })

  it('never presents e-mail as a separately named channel or 逐级走访 as the regulation\'s words', () => {
    for (const i of INTERPRETATIONS) {
      const t = textOf(i)
      if (t.includes('电子邮件')) expect(t).toMatch(/没有单独写“电子邮件”|信息网络/)
      if (t.includes('逐级走访')) expect(t).toMatch(/没有“逐级走访”/)
    }
  })
})
