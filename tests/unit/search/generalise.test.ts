import { analyzeQuery } from '../../../src/core/search/engine'
import { index, top } from './helpers'

const ids = (query: string, k = 3) => top(query, k).map((r) => r.id)

describe('English words mixed into a question', () => {
  it('reads them as the Chinese word they stand for, so the situation and its channel are found', () => {
    expect(analyzeQuery(index(), '我的boss三个月没发wages').channels).toContain('labor-arbitration')
    expect(ids('我的boss三个月没发wages')).toEqual(expect.arrayContaining(['labor-arbitration']))
    expect(ids('请不起lawyer怎么办')).toContain('faq-legal-aid')
  })

  it('leaves pinyin and unknown words alone, and never reads object keys as English', () => {
    expect(analyzeQuery(index(), 'xinfang').text).toContain('信访')
    expect(analyzeQuery(index(), 'constructor 信访').text).toContain('constructor')
  })
})

describe('category cues when no situation is named', () => {
  it('routes a consumer or injury story nobody listed to the civil channels, first', () => {
    expect(ids('在商场买的手机质量有问题店里不给退', 1)).toEqual(expect.arrayContaining([expect.stringMatching(/civil-lawsuit|mediation/)]))
    expect(ids('在商场扶梯上摔伤了商场不肯赔', 2)).toEqual(expect.arrayContaining(['civil-lawsuit']))
  })

  it('lets strong cues outweigh a single word of another situation (医保 in a fraud message)', () => {
    expect(analyzeQuery(index(), '有人打电话说我的医保卡涉嫌违规要我转账到安全账户，还发了短信链接').channels[0]).toBe('police')
  })

  it('needs two cues: one everyday word alone routes nowhere', () => {
    expect(analyzeQuery(index(), '信访局的政策').channels).toEqual([])
  })
})

describe('stories rather than questions', () => {
  const story =
    '2024年4月12号我在网上向市里反映了学校乱收费的问题，收到了受理告知书，说60天内办结，可是现在已经过去三个月了，我也没收到任何处理意见，请问他们这样算不算超期'

  it('are carried by their rarest words: the common ones only add to what those found', () => {
    const plan = analyzeQuery(index(), story)
    const typedAnchors = [...new Set(plan.typed)].filter((id) => plan.anchors?.has(id))
    const words = typedAnchors.map((id) => index().terms[id])
    expect(words.length).toBeLessThan(new Set(plan.typed).size)
    expect(words).toEqual(expect.arrayContaining(['超期', '受理', '办结']))
    // Neither the date nor everyday words lead.
    for (const w of ['2024', '现在', '任何', '三个']) expect(words).not.toContain(w)
  })

  it('do not take 「没收到」 (did not receive) for 没收 (confiscation)', () => {
    expect(analyzeQuery(index(), story).channels).toEqual([])
    expect(ids(story)).toEqual(expect.arrayContaining([expect.stringMatching(/faq-overdue|faq-handling-60-days|xinfang-2022\/34/)]))
  })
})

describe('one cue word in a short question', () => {
  it('routes trouble outside 信访 (有人造谣我) but not a procedure question or a vague word (政府, 干部)', () => {
    expect(analyzeQuery(index(), '同事在微信群里造谣我').channels[0]).toBe('police')
    expect(analyzeQuery(index(), '政府的人来过了').channels).toEqual([])
    expect(analyzeQuery(index(), '信访材料能用快递寄吗').channels).toEqual([])
  })
})

describe('hotline numbers', () => {
  it('a five-digit number names its hotline, above what the words around it expand to', () => {
    // 12368 is the courts' hotline: the court channels that name it come first.
    expect(ids('12368是管什么的')).toEqual(expect.arrayContaining(['civil-lawsuit']))
    // 12348 is the public legal-service line: the answer that says what each hotline is for, and legal aid.
    expect(ids('12348是干啥的')).toEqual(expect.arrayContaining(['faq-hotlines', 'faq-legal-aid']))
  })
})

describe('question words', () => {
  it('「怎样」「如何」 frame the question and do not pull in the answer whose keywords say 「会怎样」', () => {
    expect(ids('信访的程序是怎样的')).not.toContain('faq-consequences')
    expect(ids('走访的流程是怎样的', 1)).not.toEqual(['faq-consequences'])
  })
})

describe('several situations in one account', () => {
  it('the one told by two words together (老公 … 打我) leads over a single word (结婚) said first', () => {
    expect(analyzeQuery(index(), '我们结婚五年了，这两年老公一喝酒就打我').channels[0]).toBe('domestic-violence')
  })
})
