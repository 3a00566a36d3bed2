import { analyzeQuery, correctQuery } from '../../../src/core/search/engine'
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
  it('routes a consumer or injury story nobody listed to the civil channels, first or right behind the Q&A on consumer disputes', () => {
    expect(ids('在商场买的手机质量有问题店里不给退', 2)).toEqual(['faq-consumer-dispute', 'civil-lawsuit'])
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
    expect(words).toEqual(expect.arrayContaining(['受理', '办结']))
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

describe('regional words and pronouns (round 3)', () => {
  it('reads dialect and Taiwan words as Mandarin before anything else', () => {
    expect(correctQuery('俺们那嘎达')).toBe('我们那里')
    expect(correctQuery('点算好')).toBe('怎么办好')
    expect(correctQuery('仲可以申请仲裁吗')).toBe('还可以申请仲裁吗')
    expect(analyzeQuery(index(), '我想陈情').text).toContain('信访')
    expect(analyzeQuery(index(), '對罰單不服可以提訴願嗎').text).toContain('行政复议')
    expect(analyzeQuery(index(), '被公司資遣冇畀資遣費').text).toContain('没给经济补偿')
    // Hong Kong writes 覆核 for 复核 (and 覆議, 覆查): folding alone leaves 覆, a character of its own.
    expect(analyzeQuery(index(), '想申請覆核，要等幾耐').text).toContain('申请复核')
    expect(analyzeQuery(index(), '牌照被拒可唔可以申請覆議').text).toContain('申请复议')
    expect(analyzeQuery(index(), '冇錢請律師，可唔可以申請法援').text).toContain('法律援助')
  })

  it('matches a word said of oneself when it is said of someone else (替我 → 替他, 她 → 他)', () => {
    expect(analyzeQuery(index(), '我妈去不了 能不能替她去').text).toContain('替他')
    expect(ids('我妈去不了 能不能替她去')[0]).toBe('faq-agent')
  })
})

describe('slips on the words of the procedure', () => {
  it('weighs a homophone of a domain word nearly as the word itself', () => {
    const plan = analyzeQuery(index(), '行政复义')
    const id = index().termIds.get('复议')!
    expect(plan.terms.get(id)).toBeGreaterThanOrEqual(1.5)
  })

  it('reads slips a southern accent makes (sh/s, -ng/-n) when no exact homophone fits', () => {
    const words = (q: string) => [...analyzeQuery(index(), q).terms.keys()].map((id) => index().terms[id])
    expect(words('信帆局电话')).toContain('信访')
    expect(words('桑访会被拘留吗')).toContain('上访')
  })
})

describe("the app's own help", () => {
  it('answers questions about the app', () => {
    expect(ids('字太小看不清', 1)).toEqual(['faq-app-care-mode'])
    expect(ids('联系我们里的电话是真的吗', 1)).toEqual(['faq-app-contact'])
  })

  it('yields to answers about the matter when the question is not about the app', () => {
    expect(ids('不写地址他们还会回我吗', 1)).not.toContain('faq-app-contact')
    expect(ids('人民调解员靠得住吗', 1)).not.toContain('faq-app-contact')
  })
})

describe('a situation told by two words leads over one told by one word', () => {
  it('puts the authorities’ act (派出所 … 拘留了) ahead of the fight that led to it', () => {
    expect(analyzeQuery(index(), '我弟弟打架被派出所拘留了十天 后来查清楚他是正当防卫').channels[0]).toBe('admin-reconsideration')
  })
})

describe('pinyin with one slip of the fingers', () => {
  it('reads a swapped, doubled or dropped letter as the known word', () => {
    expect(analyzeQuery(index(), 'xinfnag').text).toContain('信访')
    expect(analyzeQuery(index(), 'fuchha qixian').text).toContain('复查')
    expect(analyzeQuery(index(), 'zhngcai').text).toContain('仲裁')
  })

  it('bends neither English words nor short letter runs into pinyin', () => {
    expect(analyzeQuery(index(), 'hello').text).toContain('hello')
    expect(top('asdfghjkl')).toEqual([])
  })
})

describe('everyday situations the channels answer', () => {
  it('reads an employer’s 「fine」 as a labour matter, not an administrative penalty', () => {
    expect(analyzeQuery(index(), '公司迟到一次罚款两百合法吗').channels[0]).toBe('labor-arbitration')
    expect(analyzeQuery(index(), '城管罚款两百合法吗').channels[0]).toBe('admin-reconsideration')
  })

  it('sends village accounts kept from the villagers to discipline inspection', () => {
    expect(analyzeQuery(index(), '我们村财务一直不透明').channels).toEqual(['discipline'])
  })

  it('lets only a situation actually told by two words lead, not one named by its single word (体罚)', () => {
    // 体罚 is a single word of a situation that can also be told by two (老师 … 打孩子): said alone, it
    // does not jump ahead of the fine named first.
    expect(analyzeQuery(index(), '交警罚款以后又体罚').channels[0]).toBe('admin-reconsideration')
    expect(analyzeQuery(index(), '交警罚款以后老师又打孩子').channels[0]).toBe('police')
  })
})

describe('pinyin of a whole phrase', () => {
  it('reads the syllables so that known words cover the most of them (多久, not 要多 + a stray syllable)', () => {
    expect(analyzeQuery(index(), 'fucha yao duojiu').text).toContain('复查要多久')
    expect(analyzeQuery(index(), 'xinfangju zai nali').text).toContain('信访局在哪里')
  })
})

describe('words the answers are filed under, as a pinyin and slip lexicon', () => {
  it('reads typed pinyin of an FAQ keyword as that keyword (告诫书, 支付令, 查询码)', () => {
    expect(analyzeQuery(index(), 'gaojieshu').text).toContain('告诫书')
    expect(analyzeQuery(index(), 'zhifuling').text).toContain('支付令')
    expect(analyzeQuery(index(), 'chaxunma').text).toContain('查询码')
  })

  it('takes no fragment with a function character for a word (lvshi ma is 律师吗, not 律事吗)', () => {
    expect(analyzeQuery(index(), 'xinfang keyi weituo lvshi ma').text).toContain('律师')
  })
})

describe('hearsay', () => {
  it('drops where the user heard it: 网上说 is no question about online petitions', () => {
    expect(analyzeQuery(index(), '网上说信访不信法').text).not.toContain('网上')
    expect(analyzeQuery(index(), '有人说交钱就能摆平').text).toContain('有人说')
  })
})

describe('safety first', () => {
  it('puts a threat to someone (上门威胁) ahead of the money matter told beside it (高利贷)', () => {
    expect(analyzeQuery(index(), '村里有人放高利贷 还上门威胁').channels[0]).toBe('police')
    expect(analyzeQuery(index(), '村里有人放高利贷').channels[0]).toBe('civil-lawsuit')
  })
})

describe('a colloquial word inside a phrase that means something else', () => {
  it('does not read 发到网上 (exposure) as an online petition', () => {
    const plan = analyzeQuery(index(), '前同事把聊天截图发到网上')
    expect(plan.channels[0]).toBe('police')
    expect(ids('前同事把聊天截图发到网上', 1)).not.toContain('faq-online-petition')
    expect(ids('网上能不能信访', 1)).toEqual(expect.arrayContaining([expect.stringMatching(/online|channels/)]))
  })
})
