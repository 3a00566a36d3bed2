import { analyzeQuery, correctQuery } from '../../../src/core/search/engine'
import { TYPOS } from '../../../src/core/search/tables'
import { hitAt, index, top, xf } from './helpers'

const termsOf = (query: string) => {
  const idx = index()
  return [...analyzeQuery(idx, query).terms.keys()].map((id) => idx.terms[id])
}

describe('colloquial words', () => {
  // No hand-written colloquial → formal table any more: the answers learn how people say it from
  // the questions asked about them (build.ts), which carried further on questions nobody had seen.
  it('answers colloquial questions with the right article', () => {
    expect(hitAt(top('上访多久有回复'), [xf(22), xf(23)], 3)).toBe(true)
    expect(hitAt(top('处理结果不服咋整'), [xf(35)], 3)).toBe(true)
  })
})

describe('typos and homophones', () => {
  it.each([
    ['复察几天内提', '复查几天内提'],
    ['复察15天内', '复查15日内'],
    ['付核', '复核'],
    ['复和', '复核'],
    ['新访', '信访'],
    ['信仿', '信访'],
    ['上仿', '上访'],
  ])('%s → %s', (typed, fixed) => {
    expect(correctQuery(typed)).toBe(fixed)
  })

  it('keeps the typo table free of no-op entries', () => {
    for (const [typo, fix] of Object.entries(TYPOS)) expect(typo).not.toBe(fix)
  })

  it('maps an unlisted homophone of a key word through the pinyin table', () => {
    // 「诉颂」 and 「仲采」 are not in the typo table; same pinyin as 诉讼 / 仲裁.
    expect(TYPOS['诉颂']).toBeUndefined()
    expect(termsOf('诉颂')).toContain('诉讼')
    expect(termsOf('劳动仲采')).toContain('仲裁')
  })

  it('does not guess homophones for ordinary words', () => {
    // 「会被」 must not turn into 回避 (recusal).
    expect(termsOf('越级会被咋样')).not.toContain('回避')
  })

  it('finds the review article despite the typo', () => {
    expect(hitAt(top('复察几天内提'), [xf(35)], 3)).toBe(true)
    expect(hitAt(top('付核多久'), [xf(36)], 3)).toBe(true)
  })
})
