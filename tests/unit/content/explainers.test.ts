import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { EXPLAINERS } from '../../../src/content/explainers'
import { XINFANG, refProblem } from '../../../src/content/laws'
import { numberingProblems, SIXTY_DAYS } from './checks'

const ASSETS = resolve(__dirname, '../../../assets/explainers')
const SVG_DIR = join(ASSETS, 'svg')
const PNG_DIR = join(ASSETS, 'png')
const cards = EXPLAINERS.flatMap((c) => c.cards)


function sentences(text: string): string[] {
  return text.split(/(?<=[。！？])/).filter((s) => s.trim())
}

describe('the checkers themselves', () => {
  const X = '信访工作条例' as const
  it('accept good citations and reject bad ones', () => {
    expect(refProblem({ law: X, article: 26, item: 6 })).toBeNull()
    expect(refProblem({ law: X, article: 36, paragraph: 3 })).toBeNull()
    expect(refProblem({ law: X, article: 22, paragraph: 2 })).toBeNull()
    expect(refProblem({ law: X, article: 51 })).not.toBeNull()
    expect(refProblem({ law: X, article: 31, item: 7 })).not.toBeNull()
    expect(refProblem({ law: X, article: 34, item: 1 })).not.toBeNull()
    expect(refProblem({ law: X, article: 36, paragraph: 4 })).not.toBeNull()
    expect(refProblem({ law: X, article: 22, paragraph: 2, item: 1 })).not.toBeNull()
    // 第二十二条 has 2 款 (the items belong to the first), not 5.
    expect(refProblem({ law: X, article: 22, paragraph: 3 })).not.toBeNull()
    // One-款 articles are cited without 款: 第二十六条第一项, never 第二十六条第一款第一项.
    expect(refProblem({ law: X, article: 26, paragraph: 1, item: 1 })).not.toBeNull()
    expect(refProblem({ law: X, article: 34, paragraph: 1 })).not.toBeNull()
  })
  it('catch 2005 numbering', () => {
    expect(numberingProblems('不得围堵、冲击机关', [20])).toHaveLength(1)
    expect(numberingProblems('应当在60日内办结', [33])).toHaveLength(1)
    expect(numberingProblems('见第三十三条', [34])).toHaveLength(1)
    expect(numberingProblems('不得围堵、冲击机关，60天内办结，见第三十四条', [26, 34])).toEqual([])
  })
})

describe('EXPLAINERS', () => {
  it('has the six chapters of the 2022 regulation in order, with their titles', () => {
    expect(XINFANG.chapters).toHaveLength(6)
    expect(EXPLAINERS.map((c) => c.chapter)).toEqual([1, 2, 3, 4, 5, 6])
    EXPLAINERS.forEach((c, i) => expect(c.title).toBe(XINFANG.chapters[i].title))
  })

  it('has at least 4 cards per chapter (2 for 附则) and at least 26 in all', () => {
    for (const c of EXPLAINERS) expect(c.cards.length).toBeGreaterThanOrEqual(c.chapter === 6 ? 2 : 4)
    expect(cards.length).toBeGreaterThanOrEqual(26)
  })

  it('has unique, well-formed ids prefixed by their chapter', () => {
    const ids = cards.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const c of EXPLAINERS) for (const card of c.cards) expect(card.id).toMatch(new RegExp(`^ch${c.chapter}-[a-z0-9]+(-[a-z0-9]+)*$`))
  })

  it.each(cards.map((c) => [c.id, c] as const))('%s: headline, body and alt text are sensible', (_id, card) => {
    expect(card.title.length).toBeGreaterThan(3)
    expect(card.title.length).toBeLessThanOrEqual(24)
    expect(card.title).not.toMatch(/\n/)
    expect(card.body.length).toBeGreaterThanOrEqual(20)
    expect(card.body.length).toBeLessThanOrEqual(120)
    const n = sentences(card.body).length
    expect(n).toBeGreaterThanOrEqual(2)
    expect(n).toBeLessThanOrEqual(3)
    expect(card.alt.length).toBeGreaterThanOrEqual(15)
  })

  it.each(cards.map((c) => [c.id, c] as const))('%s: cites existing articles of the 2022 regulation', (_id, card) => {
    expect(card.refs.length).toBeGreaterThan(0)
    for (const ref of card.refs) {
      expect(ref.law).toBe('信访工作条例')
      expect(refProblem(ref)).toBeNull()
    }
  })

  it.each(cards.map((c) => [c.id, c] as const))('%s: a card cites the articles of its own chapter', (_id, card) => {
    const chapter = EXPLAINERS.find((c) => c.cards.includes(card))!.chapter
    const own = XINFANG.chapters[chapter - 1].articles.map((a) => a.number)
    expect(card.refs.some((r) => own.includes(r.article))).toBe(true)
  })

  it.each(cards.map((c) => [c.id, c] as const))('%s: uses 2022 numbering (no 2005 slips)', (_id, card) => {
    const text = [card.title, card.body, card.alt].join('\n')
    expect(numberingProblems(text, card.refs.map((r) => r.article))).toEqual([])
  })

  it('quotes the key numbers correctly', () => {
    const byId = Object.fromEntries(cards.map((c) => [c.id, c]))
    const all = cards.map((c) => c.body).join('\n')
    expect(all).not.toMatch(/电子邮件/)
    const reps = cards.find((c) => /代表/.test(c.body) && /5人/.test(c.body))
    expect(reps?.refs).toContainEqual({ law: '信访工作条例', article: 20, paragraph: 3 })
    const sixty = cards.filter((c) => SIXTY_DAYS.test(c.title + c.body))
    expect(sixty.length).toBeGreaterThan(0)
    for (const c of sixty) expect(c.body).toMatch(/30日/)
    expect(byId['ch6-in-force']?.body).toMatch(/2022年5月1日/)
  })
})

describe('explainer illustrations', () => {
  const svgs = readdirSync(SVG_DIR).filter((f) => !f.startsWith('.'))
  const pngs = readdirSync(PNG_DIR).filter((f) => !f.startsWith('.'))

  it('every card has image <id>.png with its PNG and SVG source on disk', () => {
    for (const card of cards) {
      expect(card.image).toBe(`${card.id}.png`)
      expect(existsSync(join(PNG_DIR, card.image))).toBe(true)
      expect(existsSync(join(SVG_DIR, `${card.id}.svg`))).toBe(true)
    }
  })

  it('every file under assets/explainers is used by a card', () => {
    const ids = new Set(cards.map((c) => c.id))
    expect(svgs.filter((f) => !f.endsWith('.svg') || !ids.has(f.slice(0, -4)))).toEqual([])
    expect(pngs.filter((f) => !f.endsWith('.png') || !ids.has(f.slice(0, -4)))).toEqual([])
  })

  it.each(cards.map((c) => [c.id] as const))('%s: SVG is 600x400, self-contained and free of CJK glyphs', (id) => {
    const svg = readFileSync(join(SVG_DIR, `${id}.svg`), 'utf8')
    expect(svg).toMatch(/viewBox="0 0 600 400"/)
    expect(svg).not.toMatch(/<image|href=|<script|url\(/)
    expect(svg).not.toMatch(/[\u3400-\u9fff]/)
    // A picture, not a blank rectangle.
    expect((svg.match(/<(path|circle|ellipse|rect|polygon)\b/g) ?? []).length).toBeGreaterThan(10)
  })

  it.each(cards.map((c) => [c.id] as const))('%s: PNG is a 600x400 image within the 20 KB budget', (id) => {
    const file = join(PNG_DIR, `${id}.png`)
    const buf = readFileSync(file)
    expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(buf.readUInt32BE(16)).toBe(600)
    expect(buf.readUInt32BE(20)).toBe(400)
    expect(statSync(file).size).toBeLessThanOrEqual(20 * 1024)
  })
})
