import { WordFinder } from '../../../src/core/search/words'
import { APP_WORDS, CUE_CATEGORIES, FILLERS, FRAMES } from '../../../src/core/search/tables'

describe('WordFinder: which words of a table a query holds, in one pass', () => {
  test('finds the words the text contains, in the list order, each once', () => {
    const finder = new WordFinder(['请问', '问一下', '那个', '一下', '那'])
    expect(finder.found('请问一下那个那个')).toEqual([0, 1, 2, 3, 4])
    expect(finder.found('那个')).toEqual([2, 4])
    expect(finder.found('没有')).toEqual([])
    expect(finder.some('没有那个')).toBe(true)
    expect(finder.some('没有')).toBe(false)
  })

  test('a word listed twice is found at both places; an empty word is in every text', () => {
    expect(new WordFinder(['打', '骂', '打']).found('打人')).toEqual([0, 2])
    const withEmpty = new WordFinder(['', '信访'])
    expect(withEmpty.found('复查')).toEqual([0])
    expect(withEmpty.some('')).toBe(true)
  })

  test('says what String.includes says for every word of the query tables', () => {
    const texts = ['请问一下那个信访多久答复啊', '我想知道是什么意思怎么办', '老板不给工资还打人怎么办在线等', 'app 字太小看不清', '', '嗯嗯嗯']
    for (const words of [FILLERS, FRAMES, APP_WORDS, CUE_CATEGORIES.flatMap((c) => c.cues)]) {
      const finder = new WordFinder(words)
      for (const text of texts) {
        const expected = words.flatMap((w, k) => (text.includes(w) ? [k] : []))
        expect(finder.found(text)).toEqual(expected)
        expect(finder.some(text)).toBe(expected.length > 0)
      }
    }
  })
})
