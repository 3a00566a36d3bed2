import { analyzeQuery, decodePinyin, search } from '../../../src/core/search/engine'
import { splitSyllables } from '../../../src/core/search/pinyin'
import { hitAt, index, top, xf } from './helpers'

const pieces = (s: string) => splitSyllables(s)?.map((p) => (p.full ? p.py : p.py + '*'))

describe('splitSyllables (full pinyin: whole syllables, only the last may be a bare initial)', () => {
  it('splits real pinyin', () => {
    expect(pieces('xinfang')).toEqual(['xin', 'fang'])
    expect(pieces('fuhe')).toEqual(['fu', 'he'])
    expect(pieces('xinf')).toEqual(['xin', 'f*'])
  })

  it('rejects letters that are not a run of syllables', () => {
    for (const s of ['hello', 'asdf', 'abc', 'zzzz', 'qqqq', 'v', 'i', 'u', 'test']) expect(splitSyllables(s)).toBeNull()
  })
})

describe('latin letters are pinyin only when they plausibly are', () => {
  it.each(['asdf', 'zzzz', 'qqqq', 'hello', 'abc', 'ok', 'v', 'i', 'u', 'a', 'x', 'test', 'qwerty', 'xyz', 'bbbb', 'hhh'])(
    '%s is not pinyin and finds nothing',
    (q) => {
      expect(decodePinyin(index(), q)).toBeNull()
      expect(search(index(), q)).toEqual([])
      expect(search(index(), q.toUpperCase())).toEqual([])
    }
  )

  it.each([
    ['xf', '信访'],
    ['fc', '复查'],
    ['fh', '复核'],
    ['xfj', '信访局'],
    ['fuhe', '复核'],
    ['xinfang', '信访'],
    ['fucha', '复查'],
  ])('%s still reads as %s and finds results', (q, chinese) => {
    expect(decodePinyin(index(), q)).toBe(chinese)
    expect(search(index(), q).length).toBeGreaterThan(0)
  })

  it('keeps pinyin mixed with Chinese working', () => {
    expect(hitAt(top('xinfang去哪'), [xf(20), xf(18), xf(14)], 3)).toBe(true)
    expect(hitAt(top('fc'), [xf(35)], 3)).toBe(true)
    expect(hitAt(top('fh'), [xf(36)], 3)).toBe(true)
  })

  it('ignores junk letters next to real words rather than guessing', () => {
    expect(analyzeQuery(index(), 'asdf 复查').text).not.toMatch(/煽动/)
    expect(search(index(), 'asdf 复查').length).toBeGreaterThan(0)
  })
})

describe('a query that matches nothing meaningful returns []', () => {
  it.each(['天气', '你好', '苹果', '咖啡豆', '什么', '这个', '可以吗', '没有'])('%s', (q) => {
    expect(search(index(), q)).toEqual([])
  })

  it('realistic short queries still find results', () => {
    for (const q of ['复查', '60天', 'xf', '复', '复核', '15日', '上访', '仲裁', '第35条']) expect(search(index(), q).length).toBeGreaterThan(0)
  })

  it('a document needs one real match: single characters of a longer word only add to its score', () => {
    const ids = (q: string) => new Set(search(index(), q, { limit: 1000, noSnippets: true }).map((r) => r.id))
    // 「天气」 is not in the corpus: 天 and 气 alone must not bring in documents that lack 复查.
    expect(ids('复查天气')).toEqual(ids('复查'))
  })
})
