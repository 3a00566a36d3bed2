/**
 * Beyond the home page, on H5: the guide map's answer options and the Q&A page's results and
 * 有帮助吗 buttons are Actions (src/components/Markup), so a keyboard user reaches them with Tab
 * and uses them with Enter (a button also with Space), as a tap does. Markup picks its elements
 * when it loads (a build-time constant in real builds), so this file loads the pages as the H5
 * build does. The bureau's facts are loaded first, the way jest reads them (the sample file):
 * under TARO_ENV they would be the build's injected constant, which jest has none of.
 */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'
import { ROUTES } from '../../src/routes'
import { tab, tabStops } from './keyboard'
import { __reset } from './taro-mock'

let GuidePage: ComponentType
let QaPage: ComponentType
let SEARCH_DEBOUNCE_MS: number

beforeAll(async () => {
  await import('../../src/config/bureau')
  process.env.TARO_ENV = 'h5'
  GuidePage = (await import('../../src/pages/guide/index')).default
  const qa = await import('../../src/pages/qa/index')
  QaPage = qa.default
  SEARCH_DEBOUNCE_MS = qa.SEARCH_DEBOUNCE_MS
})
afterAll(() => {
  delete process.env.TARO_ENV
})
beforeEach(() => __reset())

/** Tabs from the top of the page until the focused element's label passes `match`. */
function tabTo(match: (label: string) => boolean): HTMLElement {
  act(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let i = 0; i < 60; i++) {
    const el = tab()
    if (match(el.getAttribute('aria-label') ?? '')) return el
  }
  throw new Error('Tab never reached it')
}

const press = (el: HTMLElement, key: string) =>
  act(() => {
    fireEvent.keyDown(el, { key })
    fireEvent.keyUp(el, { key })
  })

test('guide map: Tab reaches the first question’s answers before anything else, Enter picks one, Space another, Enter on 上一步 goes back', () => {
  const { container, getByText, queryByText } = render(<GuidePage />)
  expect(getByText('您遇到的是哪类事？')).toBeTruthy()
  const options = Array.from(container.querySelectorAll<HTMLElement>('.guide-option'))
  expect(options.length).toBeGreaterThanOrEqual(3)
  for (const option of options) {
    expect(option.tagName).toBe('DIV')
    expect(option.getAttribute('role')).toBe('button')
    expect(option.tabIndex).toBe(0)
  }

  // The first Tab from the top lands on the first answer.
  act(() => (document.activeElement as HTMLElement | null)?.blur())
  expect(tab()).toBe(options[0])

  const option = tabTo((l) => l === '被罚款、被拆迁、证照被拒等，对政府部门的决定不服')
  press(option, 'Enter')
  expect(getByText('是哪种情况？')).toBeTruthy()
  expect(container.textContent).toContain('第 2 步，共最多 3 步')

  // A button also answers to Space, on release.
  press(tabTo((l) => l.startsWith('其他决定：')), ' ')
  expect(getByText('您打算先怎么做？')).toBeTruthy()

  press(tabTo((l) => l === '先申请行政复议，请复议机关重新审查'), 'Enter')
  expect(queryByText('您打算先怎么做？')).toBeNull()
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政复议')

  press(tabTo((l) => l === '上一步'), 'Enter')
  expect(getByText('您打算先怎么做？')).toBeTruthy()
  expect(container.querySelector('.channel-card')).toBeNull()
})

test('guide map: a hotline number inside a result card’s text is a Tab stop, and Enter or Space calls it', () => {
  const { container } = render(<GuidePage />)
  press(tabTo((l) => l === '被罚款、被拆迁、证照被拒等，对政府部门的决定不服'), 'Enter')
  press(tabTo((l) => l.startsWith('其他决定：')), 'Enter')
  press(tabTo((l) => l === '先申请行政复议，请复议机关重新审查'), 'Enter')
  const phones = Array.from(container.querySelectorAll<HTMLElement>('.channel-card .cited-phone'))
  expect(phones.length).toBeGreaterThan(0)
  const phone = phones[0]
  expect(phone.tagName).toBe('SPAN')
  expect(phone.getAttribute('role')).toBe('button')
  const number = phone.textContent!
  expect(tabTo((l) => l === phone.getAttribute('aria-label'))).toBe(phone)
  press(phone, 'Enter')
  expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: number })
  press(phone, ' ')
  expect(Taro.makePhoneCall).toHaveBeenCalledTimes(2)
})

test('guide map: Enter on a tool card opens its page', () => {
  render(<GuidePage />)
  press(tabTo((l) => l.startsWith('期限计算：')), 'Enter')
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: ROUTES.deadline })
})

describe('Q&A page', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  function search(container: HTMLElement, value: string) {
    act(() => {
      fireEvent(container.querySelector('taro-input-core')!, new CustomEvent('input', { detail: { value }, bubbles: true }))
    })
    act(() => {
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    })
  }

  test('Tab reaches every result, and Enter on the first opens its answer once', () => {
    const { container } = render(<QaPage />)
    search(container, '复查要多久')
    const cards = Array.from(container.querySelectorAll<HTMLElement>('.result-card'))
    expect(cards.length).toBeGreaterThan(1)
    const stops = tabStops()
    for (const card of cards) {
      expect(card.getAttribute('role')).toBe('link')
      expect(stops).toContain(card)
    }
    const first = tabTo((l) => l === cards[0].getAttribute('aria-label'))
    expect(first).toBe(cards[0])
    act(() => {
      fireEvent.keyDown(first, { key: 'Enter' })
    })
    const opened = [...(Taro.navigateTo as jest.Mock).mock.calls, ...(Taro.switchTab as jest.Mock).mock.calls]
    expect(opened).toHaveLength(1)
    expect(opened[0][0].url).toMatch(new RegExp(`^(${ROUTES.qaDetail}|${ROUTES.article})`))
    // A link ignores Space, as a native link does.
    press(first, ' ')
    expect((Taro.navigateTo as jest.Mock).mock.calls.length + (Taro.switchTab as jest.Mock).mock.calls.length).toBe(1)
  })

  test('有帮助吗？: Space on 没有帮助 reports the query once and thanks', () => {
    const { container } = render(<QaPage />)
    search(container, '复查要多久')
    const unhelpful = tabTo((l) => l === '这些搜索结果没有帮助')
    press(unhelpful, ' ')
    expect(Taro.request).toHaveBeenCalledTimes(1)
    expect((Taro.request as jest.Mock).mock.calls[0][0].data).toEqual({ query: '复查要多久', kind: 'unhelpful' })
    expect(container.textContent).toContain('谢谢反馈')
  })
})
