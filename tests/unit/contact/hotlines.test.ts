import { NATIONAL_HOTLINES } from '../../../src/content/hotlines'
import { splitHotlines as splitWith } from '../../../src/core/contact/hotlines'

const splitHotlines = (text: string) => splitWith(text, Object.keys(NATIONAL_HOTLINES))

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

  it('marks only the numbers it is given', () => {
    expect(splitWith('打12348或12345', ['12348'])).toEqual([{ text: '打' }, { text: '12348', phone: '12348' }, { text: '或12345' }])
    expect(splitWith('打110', [])).toEqual([{ text: '打110' }])
  })
})
