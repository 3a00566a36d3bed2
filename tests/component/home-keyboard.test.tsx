/**
 * The home page on H5, where its links are plain <div>s (src/components/Markup): a keyboard user
 * reaches every one with Tab and opens it with Enter, as a tap does. Markup picks its elements when
 * it loads (a build-time constant in real builds), so this file loads it as the H5 build does.
 */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'
import { ROUTES } from '../../src/routes'
import { missingHomeLinks } from '../home-links'
import { tab, tabStops } from './keyboard'
import { __reset } from './taro-mock'

type Markup = typeof import('../../src/components/Markup')
let HomePage: ComponentType
let Action: Markup['Action']

beforeAll(async () => {
  process.env.TARO_ENV = 'h5'
  HomePage = (await import('../../src/pages/index/index')).default
  Action = (await import('../../src/components/Markup')).Action
})
afterAll(() => {
  delete process.env.TARO_ENV
})
beforeEach(() => __reset())

const label = (el: Element | null) => el?.getAttribute('aria-label') ?? ''

async function renderHome() {
  const view = render(<HomePage />)
  // The events section settles (its client loads on demand) before keys are pressed.
  await act(async () => {})
  return view
}

test('Tab reaches every labelled home link, the first tile first, and Enter opens it', async () => {
  const { container } = await renderHome()
  const links = Array.from(container.querySelectorAll('[role="link"]'))
  expect(missingHomeLinks(links.map(label))).toEqual([])
  const markupLinks = links.filter((el) => el.tagName === 'DIV')
  expect(markupLinks.length).toBeGreaterThanOrEqual(19)
  const stops = tabStops(container)
  for (const link of markupLinks) expect(stops).toContain(link)

  expect(label(tab())).toBe('条例原文：《信访工作条例》6章50条')
  fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: ROUTES.toc })
  fireEvent.keyUp(document.activeElement!, { key: 'Enter' })
  expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
})

test('Enter on a tab page’s tile switches tab; on a hot question it opens the answer', async () => {
  await renderHome()
  let focused = tab()
  while (!label(focused).startsWith('信访问答：')) focused = tab()
  fireEvent.keyDown(focused, { key: 'Enter' })
  expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: ROUTES.qa })
  while (!label(focused).startsWith('问题：')) focused = tab()
  fireEvent.keyDown(focused, { key: 'Enter' })
  expect((Taro.navigateTo as jest.Mock).mock.lastCall[0].url).toMatch(new RegExp(`^${ROUTES.qaDetail}\\?id=`))
})

test('a link ignores Space (the page scrolls, as for a native link), a held Enter and Ctrl+Enter', async () => {
  await renderHome()
  const tile = tab()
  expect(fireEvent.keyDown(tile, { key: ' ' })).toBe(true)
  fireEvent.keyUp(tile, { key: ' ' })
  fireEvent.keyDown(tile, { key: 'Enter', repeat: true })
  fireEvent.keyDown(tile, { key: 'Enter', ctrlKey: true })
  expect(Taro.navigateTo).not.toHaveBeenCalled()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('a button activates on Enter, and on Space when released (without scrolling), once each', () => {
  const onClick = jest.fn()
  const { getByRole } = render(
    <Action className='btn' role='button' aria-label='重新加载' onClick={onClick}>
      重新加载
    </Action>
  )
  const button = getByRole('button', { name: '重新加载' })
  expect(button.tabIndex).toBe(0)
  fireEvent.keyDown(button, { key: 'Enter' })
  expect(onClick).toHaveBeenCalledTimes(1)
  expect(fireEvent.keyDown(button, { key: ' ' })).toBe(false)
  expect(onClick).toHaveBeenCalledTimes(1)
  fireEvent.keyUp(button, { key: ' ' })
  expect(onClick).toHaveBeenCalledTimes(2)
  // Space that went down elsewhere (or before focus moved away) does not press it.
  fireEvent.keyDown(button, { key: ' ' })
  fireEvent.blur(button)
  fireEvent.keyUp(button, { key: ' ' })
  expect(onClick).toHaveBeenCalledTimes(2)
})

test('keys pressed inside an Action (on something focusable of its own) are not its own', () => {
  const onClick = jest.fn()
  const { getByRole } = render(
    <Action role='link' aria-label='外层' onClick={onClick}>
      <input aria-label='内层' />
    </Action>
  )
  fireEvent.keyDown(getByRole('textbox'), { key: 'Enter' })
  expect(onClick).not.toHaveBeenCalled()
})

test('in the mini-program Action is Taro’s View itself: same templates, same props, no key handling', () => {
  delete process.env.TARO_ENV
  jest.isolateModules(() => {
    const markup = require('../../src/components/Markup') as Markup
    const taro = require('@tarojs/components') as typeof import('@tarojs/components')
    expect(markup.Action).toBe(taro.View)
    expect(markup.Box).toBe(taro.View)
  })
  process.env.TARO_ENV = 'h5'
})
