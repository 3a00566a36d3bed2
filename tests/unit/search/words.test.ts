import { wordFinder } from '../../../src/core/search/words'
import { APP_WORDS, CUE_CATEGORIES, FILLERS, FRAMES, SITUATIONS } from '../../../src/core/search/tables'

describe('wordFinder: which words of a table a query holds, in one pass', () => {
  test('finds the words the text contains, in the list order, each once', () => {
    const find = wordFinder(['请问', '问一下', '那个', '一下', '那'])
    expect(find('请问一下那个那个')).toEqual([0, 1, 2, 3, 4])
    expect(find('那个')).toEqual([2, 4])
    expect(find('没有')).toEqual([])
  })

  test('a word listed twice is found at both places', () => {
    expect(wordFinder(['打', '骂', '打'])('打人')).toEqual([0, 2])
  })

  test('says what String.includes says for every word of the query tables', () => {
    const texts = ['请问一下那个信访多久答复啊', '我想知道是什么意思怎么办', '老板不给工资还打人怎么办在线等', 'app 字太小看不清', '', '嗯嗯嗯']
    for (const words of [FILLERS, FRAMES, APP_WORDS, CUE_CATEGORIES.flatMap((c) => c.cues), SITUATIONS.flatMap((s) => s.together?.flat() ?? [])]) {
      expect(words.every((w) => w.length > 0)).toBe(true)
      const find = wordFinder(words)
      for (const text of texts) expect(find(text)).toEqual(words.flatMap((w, k) => (text.includes(w) ? [k] : [])))
    }
  })
})
