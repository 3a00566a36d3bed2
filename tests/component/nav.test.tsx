import Taro from '@tarojs/taro'
import { resultTarget } from '../../src/core/qa/targets'
import { GUIDE_PENDING_CHANNEL_KEY, openTarget, targetUrl } from '../../src/services/nav'
import { ROUTES } from '../../src/routes'

const chapterOf = (id: string) => (id === 'ch4-recheck' ? 4 : undefined)

test('every kind of target becomes the page URL it names', () => {
  expect(targetUrl({ kind: 'faq', id: 'a b' })).toBe(`${ROUTES.qaDetail}?id=a%20b`)
  expect(targetUrl({ kind: 'article', ref: { law: '信访工作条例', article: 35 }, highlight: '复查要多久' })).toBe(
    `${ROUTES.article}?law=xinfang-2022&article=35&q=${encodeURIComponent('复查要多久')}`
  )
  expect(targetUrl({ kind: 'article', ref: { law: '行政复议法', article: 20 } })).toBe(`${ROUTES.article}?law=xingzheng-fuyi-2023&article=20`)
  expect(targetUrl({ kind: 'toc' })).toBe(ROUTES.toc)
  expect(targetUrl({ kind: 'cards', chapter: 4 })).toBe(`${ROUTES.cards}?chapter=4`)
  expect(targetUrl({ kind: 'cards' })).toBe(ROUTES.cards)
  expect(targetUrl({ kind: 'channel', channelId: 'labor-arbitration' })).toBe(ROUTES.guide)
})

test('opening a search result navigates to its page; a guide channel is handed to the guide tab', () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
  const switchTab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
  openTarget(resultTarget({ id: 'ch4-recheck', type: 'card', refs: [] }, '复核', chapterOf))
  expect(navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.cards}?chapter=4` })
  openTarget(resultTarget({ id: 'labor-arbitration', type: 'channel', refs: [] }, '欠工资', chapterOf))
  expect(switchTab).toHaveBeenLastCalledWith({ url: ROUTES.guide })
  expect(Taro.getStorageSync(GUIDE_PENDING_CHANNEL_KEY)).toBe('labor-arbitration')
})
