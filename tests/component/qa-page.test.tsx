import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ROUTES } from '../../src/routes'
import QaPage from '../../src/pages/qa/index'
import { hotQuestions } from '../../src/content/hot-questions'
import { RECENT_SEARCHES_KEY } from '../../src/services/search'
import { __reset } from './taro-mock'

beforeEach(() => __reset())

/** Types into the search box the way Taro's Input reports it: one input event per keystroke. */
function type(container: HTMLElement, text: string) {
  const input = container.querySelector('taro-input-core')!
  let value = ''
  for (const ch of text) {
    value += ch
    act(() => {
      fireEvent(input, new CustomEvent('input', { detail: { value }, bubbles: true }))
    })
  }
}

test('with an empty query the page shows the hot questions and the topic chips', () => {
  const { container, getByText, queryByText } = render(<QaPage />)
  expect(getByText('热门问题')).toBeTruthy()
  for (const entry of hotQuestions()) expect(getByText(entry.question)).toBeTruthy()
  expect(container.querySelector('[aria-label="查看主题：复查和复核"]')).not.toBeNull()
  expect(queryByText('最近搜索')).toBeNull()
})

test('typing 复查要多久 shows results at once, the words highlighted', () => {
  const { container, queryByText } = render(<QaPage />)
  type(container, '复查要多久')
  expect(queryByText('热门问题')).toBeNull()
  const cards = container.querySelectorAll('.result-card')
  expect(cards.length).toBeGreaterThan(0)
  const marks = Array.from(container.querySelectorAll('.result-card .highlight')).map((el) => el.textContent)
  expect(marks).toContain('复查')
  // The top result is about 复查 and rests on 第三十五条.
  expect(cards[0].textContent).toContain('复查')
  expect(container.textContent).toContain('第三十五条')
})

test('results appear on every keystroke, without submitting', () => {
  const { container } = render(<QaPage />)
  type(container, '复')
  expect(container.querySelectorAll('.result-card').length).toBeGreaterThan(0)
})

test('a query that matches nothing gets the honest no-answer screen: guide map, 12345/12348, the bureau (示例)', () => {
  const { container, getByText } = render(<QaPage />)
  type(container, '咖啡豆')
  expect(container.querySelectorAll('.result-card').length).toBe(0)
  expect(getByText('没找到合适的答案')).toBeTruthy()
  expect(container.textContent).toContain('「咖啡豆」')
  expect(container.textContent).toContain('示例数据')
  fireEvent.click(container.querySelector('[aria-label="打开依法信访引导图，按问题找到合适的渠道"]')!)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.guide })
  fireEvent.click(container.querySelector('[aria-label="拨打12348公共法律服务热线"]')!)
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' })
  fireEvent.click(container.querySelector('[aria-label="拨打12345政务服务便民热线"]')!)
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  fireEvent.click(container.querySelector('[aria-label^="联系××市信访局"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.contact })
})

test('weak matches are not shown as answers: a long question about something else gets the no-answer screen', () => {
  const { container, getByText } = render(<QaPage />)
  type(container, '周末带孩子去哪里玩比较好')
  expect(container.querySelectorAll('.result-card').length).toBe(0)
  expect(getByText('没找到合适的答案')).toBeTruthy()
})

test('a search that found nothing is reported once typing settles: scrubbed, with no identifier', () => {
  jest.useFakeTimers()
  try {
    Taro.setStorageSync('sessionToken', 'secret-session-token')
    const { container } = render(<QaPage />)
    type(container, '我叫张三电话13812345678咖啡豆')
    expect(Taro.request).not.toHaveBeenCalled()
    act(() => {
      jest.advanceTimersByTime(3000)
    })
    expect(Taro.request).toHaveBeenCalledTimes(1)
    const req = (Taro.request as jest.Mock).mock.calls[0][0]
    expect(req.url).toMatch(/\/api\/feedback\/search$/)
    expect(req.method).toBe('POST')
    expect(req.data).toEqual({ query: '我叫 电话 咖啡豆', kind: 'miss' })
    expect(JSON.stringify(req)).not.toMatch(/张三|13812345678|secret-session-token|Authorization/i)
  } finally {
    jest.useRealTimers()
  }
})

test('有帮助吗？ under the results: 没有帮助 reports the query once, 有帮助 sends nothing', () => {
  const { container, getByText } = render(<QaPage />)
  type(container, '复查要多久')
  expect(getByText('有帮助吗？')).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label="这些搜索结果没有帮助"]')!)
  expect(Taro.request).toHaveBeenCalledTimes(1)
  expect((Taro.request as jest.Mock).mock.calls[0][0].data).toEqual({ query: '复查要多久', kind: 'unhelpful' })
  expect(container.querySelector('[aria-label="这些搜索结果没有帮助"]')).toBeNull()
  expect(container.textContent).toContain('谢谢反馈')

  fireEvent.click(container.querySelector('[aria-label="清空搜索内容"]')!)
  type(container, '复核期限')
  fireEvent.click(container.querySelector('[aria-label="这些搜索结果有帮助"]')!)
  expect(Taro.request).toHaveBeenCalledTimes(1)
})

test('another law named with an article number gets a note, not our article of that number', () => {
  const { container } = render(<QaPage />)
  type(container, '信访条例第二十条')
  expect(container.textContent).toContain('《信访条例》（2005年，已废止）第二十条')
  expect(container.querySelectorAll('.result-card')[0].textContent).toContain('第二十六条')
})

test('the clear button empties the box and brings back the hot questions', () => {
  const { container, getByText } = render(<QaPage />)
  type(container, '复查')
  fireEvent.click(container.querySelector('[aria-label="清空搜索内容"]')!)
  expect(getByText('热门问题')).toBeTruthy()
  expect(container.querySelector('[aria-label="清空搜索内容"]')).toBeNull()
})

test('opening a result records the search; recent searches can be searched again and cleared', () => {
  const { container, getByText, queryByText } = render(<QaPage />)
  type(container, '复查要多久')
  fireEvent.click(container.querySelectorAll('.result-card')[0])
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
  expect(Taro.getStorageSync(RECENT_SEARCHES_KEY)).toEqual(['复查要多久'])
  fireEvent.click(container.querySelector('[aria-label="清空搜索内容"]')!)
  expect(getByText('最近搜索')).toBeTruthy()
  // Tapping a recent search runs it again.
  fireEvent.click(container.querySelector('[aria-label="再次搜索：复查要多久"]')!)
  expect(container.querySelectorAll('.result-card').length).toBeGreaterThan(0)
  fireEvent.click(container.querySelector('[aria-label="清空搜索内容"]')!)
  fireEvent.click(container.querySelector('[aria-label="清除最近搜索"]')!)
  expect(queryByText('最近搜索')).toBeNull()
  expect(Taro.getStorageSync(RECENT_SEARCHES_KEY)).toBe('')
})

test('the recent list keeps 8 searches, newest first, without repeats', () => {
  Taro.setStorageSync(RECENT_SEARCHES_KEY, ['一', '二', '三', '四', '五', '六', '七', '八'])
  const { container } = render(<QaPage />)
  type(container, '复查')
  fireEvent.click(container.querySelectorAll('.result-card')[0])
  expect(Taro.getStorageSync(RECENT_SEARCHES_KEY)).toEqual(['复查', '一', '二', '三', '四', '五', '六', '七'])
})

test('a topic chip lists that topic’s questions; tapping it again closes the list', () => {
  const { container, getByText, queryByText } = render(<QaPage />)
  fireEvent.click(container.querySelector('[aria-label="查看主题：复查和复核"]')!)
  expect(getByText('提出复查以后，多久能拿到复查意见？')).toBeTruthy()
  fireEvent.click(getByText('提出复查以后，多久能拿到复查意见？'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.qaDetail}?id=faq-review-reply-time` })
  fireEvent.click(container.querySelector('[aria-label="复查和复核，已选中，点按收起"]')!)
  expect(queryByText('提出复查以后，多久能拿到复查意见？')).toBeNull()
})

test('opening an article result goes to the reader with the search words; a channel goes to the guide tab', () => {
  const { container } = render(<QaPage />)
  type(container, '第三十五条')
  const article = container.querySelector('[aria-label="条文：信访工作条例 第三十五条"]')!
  fireEvent.click(article)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.article}?law=xinfang-2022&article=35&q=${encodeURIComponent('第三十五条')}` })
  type(container, '劳动仲裁')
  const channel = container.querySelector('.result-channel')!
  expect(channel).not.toBeNull()
  fireEvent.click(channel)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.guide })
  expect(typeof Taro.getStorageSync('guidePendingChannel')).toBe('string')
  expect(Taro.getStorageSync('guidePendingChannel')).not.toBe('')
})
