import { termId } from '../../../src/core/search/engine'
import { index } from './helpers'

describe('termId: index terms found by character code', () => {
  it('is laid out for the fast CJK lookup, and finds every term at its own id', () => {
    const ix = index()
    expect(ix.cjk).toBeDefined()
    ix.terms.forEach((t, id) => expect(termId(ix, t)).toBe(id))
  })

  it('says what the term table says for strings that are not terms', () => {
    const ix = index()
    const probes = ['', '天气', '气天', '信访局', 'xinfang', '12345', '信x', '𠀀', '\ud840', 'a', '中', '〇']
    // Every pair of two common characters, in both orders, known or not.
    const chars = '信访复查核议诉讼仲裁我的了吗天气打人工资'
    for (const a of chars) for (const b of chars) probes.push(a + b)
    for (const p of probes) expect(termId(ix, p)).toBe(ix.termIds.get(p))
  })
})
