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
