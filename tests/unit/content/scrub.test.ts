import { FEEDBACK_QUERY_MAX, feedbackKey, scrubSearchQuery } from '../../../src/core/privacy/scrub'

describe('scrubSearchQuery: what a search-miss report may carry', () => {
  it.each([
    ['我叫张三，电话13812345678，低保被取消了', '我叫 ,电话 ,低保被取消了'],
    ['我叫张三电话13812345678', '我叫 电话'],
    ['我叫李小明想问复查', '我叫 想问复查'],
    ['本人王五，欠薪半年', '本人 ,欠薪半年'],
    ['我的名字是赵六', '我的名字是'],
    ['我叫 Tom Smith 住在这里', '我叫 住在这里'],
    ['身份证110101199003071234能查吗', '身份证 能查吗'],
    ['身份证号11010119900307123X', '身份证号'],
    ['电话 138 1234 5678 打不通', '电话 打不通'],
    ['座机0571-88881234', '座机'],
    ['案号2023民初1234号', '案号 民初 号'],
    ['一三八一二三四五六七八 信访', '信访'],
    ['发到a.b@example.com投诉', '发到 投诉'],
    ['１３８１２３４５６７８ 全角号码', '全角号码'],
  ])('%s → %s', (input, expected) => {
    expect(scrubSearchQuery(input)).toBe(expected)
  })

  it.each(['复查15天', '第35条', '60天内办结', '信访条例第二十条', '本人的事情能委托吗', '我是党员被处分了', '我姓的事'])(
    'keeps what identifies no one: %s',
    (q) => {
      expect(scrubSearchQuery(q)).toBe(q)
    }
  )

  it('caps the length and keys misses by words alone', () => {
    expect(scrubSearchQuery('复'.repeat(200))).toHaveLength(FEEDBACK_QUERY_MAX)
    expect(feedbackKey('律师能帮我吗？')).toBe(feedbackKey(' 律师 能帮我吗 '))
    expect(feedbackKey('ＡＢＣ律师')).toBe('abc律师')
    expect(feedbackKey('13812345678')).toBe('')
  })

  it('is idempotent, so the server can scrub again without changing what the app sent', () => {
    for (const q of ['我叫张三电话13812345678咖啡豆', '身份证110101199003071234能查吗', '复查15天']) {
      expect(scrubSearchQuery(scrubSearchQuery(q))).toBe(scrubSearchQuery(q))
    }
  })
})
