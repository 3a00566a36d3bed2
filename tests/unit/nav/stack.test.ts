import { MAX_PAGE_STACK, navMethod } from '../../../src/core/nav/stack'

test('tab pages always switch', () => {
  expect(navMethod({ isTab: true, depth: 9 })).toBe('switchTab')
})

test('a shallow stack pushes; near WeChat’s 10-page limit the top page is replaced; a full one restarts', () => {
  expect(navMethod({ isTab: false, depth: 1 })).toBe('navigateTo')
  expect(navMethod({ isTab: false, depth: 8 })).toBe('navigateTo')
  expect(navMethod({ isTab: false, depth: 9 })).toBe('redirectTo')
  expect(navMethod({ isTab: false, depth: MAX_PAGE_STACK })).toBe('reLaunch')
})

test('following links forever never grows the stack past the limit', () => {
  let depth = 1
  for (let i = 0; i < 50; i++) {
    const m = navMethod({ isTab: false, depth })
    if (m === 'navigateTo') depth += 1
    if (m === 'reLaunch') depth = 1
    expect(depth).toBeLessThanOrEqual(MAX_PAGE_STACK)
  }
  expect(depth).toBe(MAX_PAGE_STACK - 1)
})
