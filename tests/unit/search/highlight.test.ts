import { analyzeQuery, findRanges, highlight, search } from '../../../src/core/search/engine'
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

  it('highlights the corrected word for a typo and the formal word for a colloquial one', () => {
    expect(marked('请求复查', highlight('请求复查', '复察'))).toEqual(['复查'])
    expect(marked('信访事项', highlight('信访事项', '上访'))).toEqual(['信访'])
  })

  it('works on full-width and upper-case text without shifting offsets', () => {
    const text = '（ＡＰＰ）可以'
    expect(highlight(text, 'app')).toEqual([{ start: 1, end: 4 }])
    expect(marked('ＡＰＰ里的网上信访', highlight('ＡＰＰ里的网上信访', 'APP'))).toEqual(['ＡＰＰ', '网上信访'])
  })

  it('resolves pinyin with the index', () => {
    const text = '可以请求复核。'
    expect(marked(text, highlight(text, 'fuhe', index()))).toEqual(['复核'])
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
