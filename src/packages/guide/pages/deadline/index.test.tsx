import { fireEvent, render } from '@testing-library/react'
import { __reset, pageScrollTo } from '../../../../../tests/component/taro-mock'
import DeadlinePage from './index'

beforeEach(() => __reset())

test('stage and date in the query prefill the calculator and show the results', () => {
  __reset({ stage: 'accepted', date: '2026-06-01' })
  const { container, getByLabelText } = render(<DeadlinePage />)
  expect(getByLabelText('我的信访事项已被受理').getAttribute('aria-checked')).toBe('true')
  expect(container.textContent).toContain('2026年7月31日（星期五）')
  expect(container.textContent).toContain('计算依据')
})

test('pick a stage, type a date: bad dates get the core’s Chinese message, good ones the dates', () => {
  const { container, getByLabelText, getByRole } = render(<DeadlinePage />)
  expect(container.textContent).toContain('请先在上面选一个阶段')
  fireEvent.click(getByLabelText('我收到了书面答复（信访处理意见书）'))
  const input = getByLabelText('直接输入日期，格式 年-月-日')
  fireEvent.input(input, { target: { value: '2026-02-30' } })
  fireEvent.click(getByLabelText('按输入的日期计算'))
  expect(getByRole('alert').textContent).toContain('日期「2026-02-30」不对')
  fireEvent.input(input, { target: { value: '2026-06-01' } })
  fireEvent.click(getByLabelText('按输入的日期计算'))
  expect(container.querySelector('[role="alert"]')).toBeNull()
  expect(container.textContent).toContain('请求复查的最晚日期')
  expect(container.textContent).toContain('2026年7月1日')
})

test('a date typed as 2026/6/1 works, a later bad date clears the old results, and results are scrolled into view', async () => {
  const { container, getByLabelText, getByRole } = render(<DeadlinePage />)
  fireEvent.click(getByLabelText('我收到了书面答复（信访处理意见书）'))
  const input = getByLabelText('直接输入日期，格式 年-月-日')
  fireEvent.input(input, { target: { value: '2026/6/1' } })
  fireEvent.click(getByLabelText('按输入的日期计算'))
  expect(container.textContent).toContain('2026年7月1日')
  expect(pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '.deadline-results' }))
  fireEvent.input(input, { target: { value: '明天' } })
  fireEvent.click(getByLabelText('按输入的日期计算'))
  expect(getByRole('alert').textContent).toContain('日期「明天」不对')
  expect(container.querySelector('.deadline-results')).toBeNull()
  fireEvent.input(input, { target: { value: '' } })
  fireEvent.click(getByLabelText('按输入的日期计算'))
  expect(getByRole('alert').textContent).toContain('请先填写日期')
})

test('a date after today is computed but flagged', () => {
  __reset({ stage: 'reply-received', date: '2098-06-01' })
  const { container } = render(<DeadlinePage />)
  expect(container.textContent).toContain('您填的日期在今天之后')
})

test('an unknown stage in the query is ignored', () => {
  __reset({ stage: 'nope', date: '2026-06-01' })
  const { container } = render(<DeadlinePage />)
  expect(container.querySelector('[aria-checked="true"]')).toBeNull()
  expect(container.textContent).toContain('请先在上面选一个阶段')
})
