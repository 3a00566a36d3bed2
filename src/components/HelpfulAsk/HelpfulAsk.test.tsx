import { fireEvent, render } from '@testing-library/react'
import { HelpfulAsk } from './index'

test('asks once: an answer is reported once, then a thank-you replaces the buttons', () => {
  const onAnswer = jest.fn()
  const { container, getByText } = render(<HelpfulAsk onAnswer={onAnswer} />)
  expect(getByText('有帮助吗？')).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label="这条解答没有帮助"]')!)
  expect(onAnswer).toHaveBeenCalledWith(false)
  expect(container.querySelector('[aria-label="这条解答有帮助"]')).toBeNull()
  expect(container.textContent).toContain('12348')
  expect(onAnswer).toHaveBeenCalledTimes(1)
})

test('有帮助 thanks without more advice; the subject names the buttons for screen readers', () => {
  const onAnswer = jest.fn()
  const { container } = render(<HelpfulAsk subject='这些搜索结果' onAnswer={onAnswer} />)
  fireEvent.click(container.querySelector('[aria-label="这些搜索结果有帮助"]')!)
  expect(onAnswer).toHaveBeenCalledWith(true)
  expect(container.textContent).toBe('谢谢反馈！')
})
