import { analyzeQuery, search } from '../../../src/core/search/engine'
import { findRanges, makeSnippet } from '../../../src/core/search/highlight'
import { normalize } from '../../../src/core/search/normalize'
import { STOP_CHARS } from '../../../src/core/search/tables'
import { index } from './helpers'

const QUERIES = ['复查', '复查要多久', '复核期限', '60天', '15日内', '30日', 'xf', 'fuhe', '信访局门口拉横幅', '拖欠工资找谁', 'email', '12345', '第35条', '不服处理意见']

const runKind = (ch: string | undefined) => {
  if (!ch) return ''
  const c = normalize(ch)
  return /[0-9]/.test(c) ? 'digit' : /[a-z]/.test(c) ? 'latin' : ''
}
/** Does a cut between text[pos - 1] and text[pos] split a run of digits or latin letters? */
const splitsRun = (text: string, pos: number) => pos > 0 && pos < text.length && runKind(text[pos - 1]) !== '' && runKind(text[pos - 1]) === runKind(text[pos])

const sourceOf = (id: string) => {
  const doc = index().docs.find((d) => d.id === id)!
  return (doc.snippetText ?? doc.fields.body).replace(/\s+/g, ' ')
}

/** Where the snippet (without its … marks) sits in the source text. */
function locate(snippet: string, source: string): { start: number; end: number; lead: number } {
  const lead = snippet.startsWith('…') ? 1 : 0
  const inner = snippet.slice(lead, snippet.endsWith('…') ? -1 : undefined)
  const start = source.indexOf(inner)
  expect(start).toBeGreaterThanOrEqual(0)
  return { start, end: start + inner.length, lead }
}

describe('snippet boundaries', () => {
  it('never cut through a number or a latin word', () => {
    let cut = 0
    for (const q of QUERIES) {
      for (const r of search(index(), q, { limit: 10 })) {
        const src = sourceOf(r.id)
        const { start, end } = locate(r.snippet, src)
        expect(splitsRun(src, start)).toBe(false)
        expect(splitsRun(src, end)).toBe(false)
        if (start > 0) cut++
      }
    }
    expect(cut).toBeGreaterThan(0)
  })

  it('extends a short number at the start instead of cutting it: …30日内, not …0日内', () => {
    const text = '甲'.repeat(40) + '自收到书面答复之日起30日内请求原办理机关的上一级复查。' + '乙'.repeat(80)
    // The window would start 14 characters before 复查, i.e. in the middle of 「30」.
    const at = text.indexOf('复查') - 14
    expect(splitsRun(text, at)).toBe(true)
    const { snippet } = makeSnippet(text, ['复查'])
    expect(snippet).toMatch(/^…30日内/)
  })

  it('starts at the beginning of a clause when one begins shortly before the match', () => {
    const text = '甲'.repeat(40) + '，能当场告知的，应当当场书面告知复查结果。' + '乙'.repeat(80)
    const { snippet, ranges } = makeSnippet(text, ['复查'])
    // Not 「…甲甲，能当场…」 or 「…场告知的…」: from the clause after the last comma before 复查.
    expect(snippet).toMatch(/^…应当当场书面告知复查结果。/)
    expect(snippet.slice(ranges[0].start, ranges[0].end)).toBe('复查')
  })

  it('does not cut a latin word or a long number at the end', () => {
    const text = '复查' + '丙'.repeat(58) + 'xinfang' + '丁'.repeat(40)
    const { snippet } = makeSnippet(text, ['复查'])
    expect(snippet).toMatch(/(xinfang|丙)…$/)
    const long = '复查' + '丙'.repeat(58) + '1234567890123456789012345' + '丁'.repeat(40)
    const s2 = makeSnippet(long, ['复查']).snippet
    expect(s2.endsWith('丙…') || s2.endsWith('1234567890123456789012345…')).toBe(true)
  })
})

describe('snippet highlight ranges', () => {
  it('are whole matches: a range at the edge is shown whole or dropped, never clipped', () => {
    for (const q of QUERIES) {
      const words = analyzeQuery(index(), q).highlights
      for (const r of search(index(), q, { limit: 10 })) {
        const src = sourceOf(r.id)
        const full = findRanges(src, words)
        const { start, lead } = locate(r.snippet, src)
        for (const range of r.ranges) {
          const s = range.start - lead + start
          const e = range.end - lead + start
          expect(full.some((f) => f.start === s && f.end === e)).toBe(true)
        }
      }
    }
  })

  it('never mark a lone stop character', () => {
    for (const q of QUERIES) {
      for (const r of search(index(), q, { limit: 10 })) {
        for (const range of [...r.ranges.map((g) => r.snippet.slice(g.start, g.end)), ...r.titleRanges.map((g) => r.title.slice(g.start, g.end))]) {
          expect(range.length === 1 && STOP_CHARS.has(range)).toBe(false)
        }
      }
    }
    expect(findRanges('要求之日起', ['之'])).toEqual([])
    expect(findRanges('要求的', ['的'])).toEqual([])
  })

  it('moves the window so that a match cut by the window start is whole, or leaves it unmarked', () => {
    // The best window starts 14 characters before the first 复核 (at 33), inside 「复查请求之日起」 (30–37).
    const text = '甲'.repeat(30) + '复查请求之日起' + '乙'.repeat(10) + '复核' + '丙'.repeat(33) + '复核复核复核复核' + '丁'.repeat(40)
    const { snippet, ranges } = makeSnippet(text, ['复查请求之日起', '复核'])
    const marked = ranges.map((g) => snippet.slice(g.start, g.end))
    for (const m of marked) expect(['复查请求之日起', '复核', '复核复核复核复核']).toContain(m)
    expect(marked).toContain('复核')
    expect(marked).toContain('复核复核复核复核')
  })

  it('do not match inside a longer number or word', () => {
    expect(findRanges('自受理之日起160日内', ['60'])).toEqual([])
    expect(findRanges('自受理之日起60日内', ['60'])).toEqual([{ start: 6, end: 8 }])
  })
})
