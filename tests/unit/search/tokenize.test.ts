import { foldChar, normalize, normalizeQuery, parseNumber, smallNumberToChinese } from '../../../src/core/search/normalize'
import { cjkTerms, segments, termLength, tokenize } from '../../../src/core/search/tokenize'

describe('normalize', () => {
  it('folds full-width letters and digits to half-width and lower-cases', () => {
    expect(normalize('ＸＩＮＦＡＮＧ１２３')).toBe('xinfang123')
    expect(String.fromCharCode(foldChar('Ａ'.charCodeAt(0)))).toBe('a')
  })

  it('drops the tone marks pinyin input methods type, ü as v, without changing the length', () => {
    expect(normalize('Xìnfǎng fùhé lǜshī nǚ')).toBe('xinfang fuhe lvshi nv')
    expect(normalize('ǎé')).toHaveLength(2)
    // Letters of other languages are left as they are.
    expect(normalize('ç')).toBe(' ')
  })

  it('turns punctuation and spaces into single spaces without changing the length', () => {
    const text = '复查，要多久？（第35条）　好'
    const norm = normalize(text)
    expect(norm).toHaveLength(text.length)
    expect(norm).toBe('复查 要多久  第35条  好')
    expect(normalizeQuery('  复查，，要多久？ ')).toBe('复查 要多久')
  })

  it('writes and reads article numbers the way the laws do', () => {
    expect(smallNumberToChinese(35)).toBe('三十五')
    expect(smallNumberToChinese(10)).toBe('十')
    expect(smallNumberToChinese(15)).toBe('十五')
    expect(smallNumberToChinese(103)).toBe('一百零三')
    expect(smallNumberToChinese(110)).toBe('一百一十')
    expect(parseNumber('三十五')).toBe(35)
    expect(parseNumber('35')).toBe(35)
    expect(parseNumber('一百零三')).toBe(103)
    expect(Number.isNaN(parseNumber('复查'))).toBe(true)
  })
})

describe('tokenize', () => {
  it('gives CJK unigrams and bigrams in order', () => {
    expect(cjkTerms('信访人')).toEqual(['信', '信访', '访', '访人', '人'])
    expect(tokenize('复查')).toEqual(['复', '复查', '查'])
  })

  it('does not make bigrams across punctuation', () => {
    expect(tokenize('复查，复核')).not.toContain('查复')
  })

  it('keeps latin words whole and lower-cased', () => {
    expect(tokenize('打12345或者用APP')).toEqual(['打', '12345', '或', '或者', '者', '者用', '用', 'app'])
  })

  it('reads small numbers as Chinese numerals, so 15日 matches 十五日', () => {
    expect(tokenize('15日')).toEqual(tokenize('十五日'))
    expect(segments('第35条')).toEqual([{ kind: 'cjk', text: '第三十五条' }])
    expect(segments('2022年')).toEqual([{ kind: 'digit', text: '2022' }, { kind: 'cjk', text: '年' }])
  })

  it('measures length in CJK characters and words', () => {
    expect(termLength('信访 app')).toBe(3)
  })
})
