import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ROUTES } from '../../src/routes'
import QaPage, { SEARCH_DEBOUNCE_MS } from '../../src/pages/qa/index'
import { hotQuestions } from '../../src/content/hot-questions'
import { RECENT_SEARCHES_KEY } from '../../src/services/search'
import { __reset } from './taro-mock'

beforeEach(() => {
  __reset()
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

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
  // The results follow once typing pauses (SEARCH_DEBOUNCE_MS).
  act(() => {
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
  })
}

test('with an empty query the page shows the hot questions and the topic chips', () => {
  const { container, getByText, queryByText } = render(<QaPage />)
  expect(getByText('热门问题')).toBeTruthy()
  for (const entry of hotQuestions()) expect(getByText(entry.question)).toBeTruthy()
  expect(container.querySelector('[aria-label="查看主题：复查和复核"]')).not.toBeNull()
  expect(queryByText('最近搜索')).toBeNull()
})

test('while typing, the result list waits for a pause instead of re-rendering per keystroke', () => {
  const { container, queryByText } = render(<QaPage />)
  const input = container.querySelector('taro-input-core')!
  act(() => {
    fireEvent(input, new CustomEvent('input', { detail: { value: '复查' }, bubbles: true }))
  })
  expect(queryByText('热门问题')).not.toBeNull()
  act(() => {
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
  })
  expect(queryByText('热门问题')).toBeNull()
})

test('typing 复查要多久 shows results once typing pauses, the words highlighted', () => {
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

test('a query that matches nothing offers the guide map and the contact page', () => {
  const { container, getByText } = render(<QaPage />)
  type(container, '咖啡豆')
  expect(container.querySelectorAll('.result-card').length).toBe(0)
  expect(getByText('没有找到「咖啡豆」的相关内容')).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label="打开依法信访引导图"]')!)
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.guide })
  fireEvent.click(container.querySelector('[aria-label="联系信访部门"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.contact })
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
