import { isIsoDate, normalizeDateInput } from '../../../src/core/deadlines'

describe('normalizeDateInput: dates as citizens type them', () => {
  it.each([
    ['2026-06-01', '2026-06-01'],
    ['2026-6-1', '2026-06-01'],
    ['2026/11/1', '2026-11-01'],
    ['2026.11.25', '2026-11-25'],
    ['20261101', '2026-11-01'],
    ['2026年6月1日', '2026-06-01'],
    ['2026年6月1', '2026-06-01'],
    [' 2026 - 06 - 01 ', '2026-06-01'],
    ['２０２６－０６－０１', '2026-06-01'],
    ['２０２６／６／１', '2026-06-01']
  ])('%s → %s', (typed, iso) => {
    expect(normalizeDateInput(typed)).toBe(iso)
    expect(isIsoDate(normalizeDateInput(typed))).toBe(true)
  })

  it.each(['', '明天', '6月1日', '2026-13-01', '2026-02-30', '26-6-1', '2026-06-01-02'])('leaves %s for the strict check to refuse', (typed) => {
    expect(isIsoDate(normalizeDateInput(typed))).toBe(false)
  })
})
