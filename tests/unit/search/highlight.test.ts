import { analyzeQuery, highlight, search } from '../../../src/core/search/engine'
import { findRanges } from '../../../src/core/search/highlight'
import { normalize } from '../../../src/core/search/normalize'
import { index } from './helpers'

const marked = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end))

describe('highlight', () => {
  it('returns the ranges of the query words', () => {
    const text = '信访人对复查意见不服的，可以请求复核。'
    expect(highlight(text, '复查')).toEqual([{ start: 4, end: 6 }])
    expect(marked(text, highlight(text, '复查 复核'))).toEqual(['复查', '复核'])
  })

  it('merges overlapping and adjacent bigram matches into one range', () => {
    const text = '对复查意见不服的'
    expect(highlight(text, '复查意见')).toEqual([{ start: 1, end: 5 }])
  })

  it('highlights the corrected word for a typo, but not the formal word a colloquial one brings in', () => {
    expect(marked('请求复查', highlight('请求复查', '复察'))).toEqual(['复查'])
    expect(marked('请求复查', highlight('请求复查', '复察', index()))).toEqual(['复查'])
    // 上访 ranks 信访 documents (synonym), but only what the user typed is marked.
    expect(highlight('信访事项', '上访')).toEqual([])
    expect(highlight('信访事项', '上访', index())).toEqual([])
    expect(marked('到信访局上访', highlight('到信访局上访', '上访', index()))).toEqual(['上访'])
  })

  it('works on full-width and upper-case text without shifting offsets', () => {
    const text = '（ＡＰＰ）可以'
    expect(highlight(text, 'app')).toEqual([{ start: 1, end: 4 }])
    expect(marked('ＡＰＰ里的网上信访', highlight('ＡＰＰ里的网上信访', 'APP'))).toEqual(['ＡＰＰ'])
  })

  it('resolves pinyin with the index', () => {
    const text = '可以请求复核。'
    expect(marked(text, highlight(text, 'fuhe', index()))).toEqual(['复核'])
  })

  it('marks a homophone slip as the word it stands for', () => {
    expect(marked('提起诉讼', highlight('提起诉讼', '诉颂', index()))).toEqual(['诉讼'])
  })

  it('never marks synonym expansions: 复查要多久 marks 复查, not 日内 / 上一级 / 之日起 / 期限', () => {
    const words = analyzeQuery(index(), '复查要多久').highlights
    for (const w of ['日内', '上一级', '之日起', '期限', '复查请求']) expect(words).not.toContain(w)
    expect(words).toContain('复查')
    const text = '自收到复查请求之日起30日内请求原办理机关的上一级机关复查'
    expect(marked(text, highlight(text, '复查要多久', index()))).toEqual(['复查', '复查'])
    expect(marked(text, highlight(text, '复查要多久'))).toEqual(['复查', '复查'])
    for (const r of search(index(), '复查要多久', { limit: 10 })) {
      for (const g of r.ranges) expect(normalize(r.snippet.slice(g.start, g.end))).toMatch(/复查|多久|查要|要多/)
      for (const g of r.titleRanges) expect(r.title.slice(g.start, g.end)).toMatch(/复查|多久|查要|要多/)
    }
  })

  it('marks the characters typed pinyin stands for, not what they bring in', () => {
    const results = search(index(), 'fucha', { limit: 10 })
    const marks = results.flatMap((r) => r.ranges.map((g) => r.snippet.slice(g.start, g.end)))
    expect(marks).toContain('复查')
    expect(marks.every((m) => m === '复查')).toBe(true)
  })

  it('is empty when nothing matches', () => {
    expect(highlight('信访事项', '仲裁')).toEqual([])
    expect(findRanges('', ['复查'])).toEqual([])
  })

  it('gives snippet and title ranges that point at matched words', () => {
    const results = search(index(), '复查多久', { limit: 5 })
    expect(results.length).toBeGreaterThan(0)
    const words = analyzeQuery(index(), '复查多久').highlights
    expect(words).toContain('复查')
    let seen = 0
    for (const r of results) {
      for (const range of r.ranges) {
        expect(range.end).toBeGreaterThan(range.start)
        expect(range.end).toBeLessThanOrEqual(r.snippet.length)
        const marked = normalize(r.snippet.slice(range.start, range.end))
        expect(words.some((w) => marked.includes(w))).toBe(true)
        seen++
      }
      for (const range of r.titleRanges) expect(range.end).toBeLessThanOrEqual(r.title.length)
    }
    expect(seen).toBeGreaterThan(0)
  })
})
