import { splitHotlines } from '../../../src/core/contact/hotlines'

describe('splitHotlines', () => {
  it('marks the national hotlines in a sentence', () => {
    expect(splitHotlines('请立即拨打 110 报警，或打12345。')).toEqual([
      { text: '请立即拨打 ' },
      { text: '110', phone: '110' },
      { text: ' 报警，或打' },
      { text: '12345', phone: '12345' },
      { text: '。' }
    ])
  })

  it('leaves other numbers alone: dates, periods, longer numbers', () => {
    expect(splitHotlines('60日内；2026年1月10日；1101号；123456')).toEqual([{ text: '60日内；2026年1月10日；1101号；123456' }])
  })

  it('returns plain text as one part', () => {
    expect(splitHotlines('没有电话')).toEqual([{ text: '没有电话' }])
    expect(splitHotlines('')).toEqual([])
  })
})
