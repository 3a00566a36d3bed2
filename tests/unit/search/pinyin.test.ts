import { analyzeQuery, decodePinyin } from '../../../src/core/search/engine'
import { splitPinyin, withoutToneNumbers } from '../../../src/core/search/pinyin'
import { index, top, xf } from './helpers'
import { hitAt } from './helpers'

const pieces = (s: string) => splitPinyin(s)?.map((p) => (p.full ? p.py : p.py + '*'))

describe('splitPinyin', () => {
  it('splits full pinyin into syllables, preferring whole syllables', () => {
    expect(pieces('xinfang')).toEqual(['xin', 'fang'])
    expect(pieces('fuhe')).toEqual(['fu', 'he'])
    expect(pieces('fucha')).toEqual(['fu', 'cha'])
    expect(pieces('zhongcai')).toEqual(['zhong', 'cai'])
    expect(pieces('xian')).toEqual(['xian'])
  })

  it('reads bare consonants as initials', () => {
    expect(pieces('xf')).toEqual(['x*', 'f*'])
    expect(pieces('xinf')).toEqual(['xin', 'f*'])
  })

  it('rejects what cannot be pinyin', () => {
    expect(splitPinyin('v')).toBeNull()
    expect(splitPinyin('')).toBeNull()
  })
})

describe('decodePinyin (build-time table, no pinyin library at run time)', () => {
  it.each([
    ['xinfang', '信访'],
    ['fuhe', '复核'],
    ['fucha', '复查'],
    ['xf', '信访'],
    ['shangfang', '上访'],
    ['zhongcai', '仲裁'],
    ['qixian', '期限'],
    ['xinfa', '信访'], // still typing: the last syllable is a prefix
  ])('%s → %s', (typed, chinese) => {
    expect(decodePinyin(index(), typed)).toBe(chinese)
  })

  it('is null for latin that is not pinyin', () => {
    expect(decodePinyin(index(), 'v')).toBeNull()
  })
})

describe('pinyin queries', () => {
  it('finds the review article for fucha and fuhe', () => {
    expect(hitAt(top('fucha'), [xf(35)], 3)).toBe(true)
    expect(hitAt(top('fuhe'), [xf(36)], 3)).toBe(true)
  })

  it('mixes pinyin and Chinese: xinfang去哪', () => {
    const plan = analyzeQuery(index(), 'xinfang去哪')
    expect(plan.text).toContain('信访')
    expect(hitAt(top('xinfang去哪'), [xf(20), xf(18), xf(14)], 3)).toBe(true)
  })

  it('reads pinyin typed with tone marks as without', () => {
    expect(analyzeQuery(index(), 'xìnfǎng').text.trim()).toBe('信访')
    expect(analyzeQuery(index(), 'láodòng zhòngcái').text.replace(/ /g, '')).toBe(analyzeQuery(index(), 'laodong zhongcai').text.replace(/ /g, ''))
    expect(hitAt(top('fùhé'), [xf(36)], 3)).toBe(true)
  })

  it('reads pinyin typed with tone numbers as without, and leaves other digits alone', () => {
    expect(analyzeQuery(index(), 'fu4 he2 qi1 xian4').text.replace(/ /g, '')).toBe('复核期限')
    expect(analyzeQuery(index(), 'xin4fang3 ju2').text.replace(/ /g, '')).toBe('信访局')
    expect(withoutToneNumbers('xin4fang3 ju2 zhuan3song4')).toBe('xinfang ju zhuansong')
    // One marked syllable, a word that is not a syllable, a phone number: left as typed.
    expect(withoutToneNumbers('a4纸')).toBe('a4纸')
    expect(withoutToneNumbers('u1s1他会看吗')).toBe('u1s1他会看吗')
    expect(withoutToneNumbers('xin4 fang3 打12345')).toBe('xin fang 打12345')
    expect(withoutToneNumbers('mp3 mp4')).toBe('mp3 mp4')
  })

  it('joins syllables typed with spaces', () => {
    expect(analyzeQuery(index(), 'fu he qi xian').text.replace(/ /g, '')).toBe('复核期限')
  })

  it('reads a whole sentence typed in pinyin as words, however long', () => {
    // 48 letters across a comma: read a syllable at a time it was 申 分 政 … and found nothing useful.
    const q = 'wo de shen fen zheng guo qi le, hai neng qu jie dai chu deng ji ma'
    const text = analyzeQuery(index(), q).text.replace(/ /g, '')
    expect(text).toContain('身份证过期')
    expect(text).toContain('接待')
    expect(top(q, 3).map((r) => r.id)).toContain('faq-id-card')
  })

  it('reads a syllable as the homophone that makes a word with its neighbours, and the commoner word', () => {
    expect(decodePinyin(index(), 'cunzhuren')).toBe('村主任')
    expect(decodePinyin(index(), 'youeryuan')).toBe('幼儿园')
    expect(decodePinyin(index(), 'huanbaoju')).toBe('环保局')
    expect(decodePinyin(index(), 'zhongjieleyihou')).toBe('终结了以后')
    // Initials keep the lexicon's order: the app's own words first.
    expect(decodePinyin(index(), 'fy')).toBe('复议')
  })

  it('reads the pinyin around a word that is not pinyin as words', () => {
    const text = analyzeQuery(index(), 'shen fen zheng qwrtz guo qi le').text
    expect(text.replace(/ /g, '')).toContain('身份证')
    expect(text).toContain('qwrtz')
  })
})
