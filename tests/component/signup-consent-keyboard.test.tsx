/**
 * The sign-up form's consent on H5, by keyboard alone. Markup picks its elements when it loads (a
 * build-time constant in real builds), so this file loads the form as the H5 build does.
 */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'
import { SESSION_KEY } from '../../src/services/api'
import { __reset } from './taro-mock'

let SignupForm: ComponentType<{ eventId: string }>

beforeAll(async () => {
  process.env.TARO_ENV = 'h5'
  SignupForm = (await import('../../src/components/SignupForm/index')).SignupForm
})
afterAll(() => {
  delete process.env.TARO_ENV
})
beforeEach(() => {
  __reset({ id: 'ev_1' })
  Taro.setStorageSync(SESSION_KEY, 'tok-1')
})

test('the checkbox is a Tab stop named by the whole sentence: Space ticks it, Enter unticks it; the words beside it tick it on a tap, as a <label> does, and are not a second stop', () => {
  const { getByRole, getByText } = render(<SignupForm eventId='ev_1' />)
  const box = getByRole('checkbox', { name: '我已阅读并同意个人信息保护说明' })
  expect(box.tabIndex).toBe(0)
  expect(box.getAttribute('aria-checked')).toBe('false')
  const press = (key: string) =>
    act(() => {
      fireEvent.keyDown(box, { key })
      fireEvent.keyUp(box, { key })
    })
  press(' ')
  expect(box.getAttribute('aria-checked')).toBe('true')
  press('Enter')
  expect(box.getAttribute('aria-checked')).toBe('false')
  const words = getByText('我已阅读并同意')
  expect(words.getAttribute('tabindex')).toBeNull()
  fireEvent.click(words)
  expect(box.getAttribute('aria-checked')).toBe('true')
  // The notice's link is its own stop, after the box.
  expect(getByRole('link', { name: '查看个人信息保护说明' }).tabIndex).toBe(0)
})
