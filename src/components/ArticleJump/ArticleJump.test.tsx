import { fireEvent, render } from '@testing-library/react'
import { __reset } from '../../../tests/component/taro-mock'
import { ArticleJump } from './index'

beforeEach(() => __reset())

function setup() {
  const onJump = jest.fn()
  const utils = render(<ArticleJump count={50} lawName='《信访工作条例》' onJump={onJump} />)
  const input = utils.container.querySelector('[aria-label="输入条文序号，共50条"]')!
  const type = (value: string) => {
    // Taro's H5 Input reports what was typed as detail.value.
    fireEvent(input, Object.assign(new Event('input', { bubbles: true }), { detail: { value } }))
  }
  const open = () => fireEvent.click(utils.getByText('打开'))
  return { ...utils, onJump, type, open }
}

test.each(['35', '第35条', '第三十五条'])('typing 「%s」 opens article 35', (value) => {
  const { type, open, onJump, container } = setup()
  type(value)
  open()
  expect(onJump).toHaveBeenCalledWith(35)
  expect(container.querySelector('[role="alert"]')).toBeNull()
})

test.each([
  ['0', '没有第0条'],
  ['51', '共50条，没有第五十一条'],
  ['abc', '看不懂「abc」']
])('「%s」 shows a Chinese error and opens nothing', (value, message) => {
  const { type, open, onJump, container } = setup()
  type(value)
  open()
  expect(onJump).not.toHaveBeenCalled()
  expect(container.querySelector('[role="alert"]')!.textContent).toContain(message)
})

test('the error goes away when the citizen types again', () => {
  const { type, open, container } = setup()
  type('abc')
  open()
  expect(container.querySelector('[role="alert"]')).not.toBeNull()
  type('3')
  expect(container.querySelector('[role="alert"]')).toBeNull()
})
