import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { PROCESS_STEPS } from '@/content/guide/process'
import { ROUTES } from '@/routes'
import { ProcessFlow } from './index'

beforeEach(() => __reset())

test('shows every step in order with its time limit and one line, explanations closed', () => {
  const { container, getByText, queryByText } = render(<ProcessFlow steps={PROCESS_STEPS} />)
  const titles = Array.from(container.querySelectorAll('.process-title')).map((el) => el.textContent)
  expect(titles).toEqual(['提出', '登记、转送交办', '受理告知', '办理', '答复', '复查', '复核', '不再受理'])
  expect(getByText('60日，可延长30日')).toBeTruthy()
  expect(getByText('申请30日内，答复30日内')).toBeTruthy()
  expect(getByText('自受理之日起60日内办结，复杂的可延长，最多30日')).toBeTruthy()
  expect(queryByText(/经负责人批准可以延长/)).toBeNull()
})

test('tapping a step opens its explanation with tappable articles; tapping again closes it', () => {
  const { container, getByText, queryByText } = render(<ProcessFlow steps={PROCESS_STEPS} />)
  const head = container.querySelector('[aria-label^="第4步 办理"]')!
  expect(head.getAttribute('aria-expanded')).toBe('false')
  fireEvent.click(head)
  expect(head.getAttribute('aria-expanded')).toBe('true')
  expect(getByText(/经负责人批准可以延长，延长不超过30日/)).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label="查看第三十四条"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.article}?law=xinfang-2022&article=34` })
  fireEvent.click(head)
  expect(queryByText(/经负责人批准可以延长/)).toBeNull()
})

test('a step with a deadline stage links to the calculator with that stage', () => {
  const { getByText } = render(<ProcessFlow steps={PROCESS_STEPS} initiallyOpen={['review']} />)
  fireEvent.click(getByText('算一算日期'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.deadline}?stage=reply-received` })
})

test('the last step carries no stage link and no connecting line', () => {
  const { container } = render(<ProcessFlow steps={PROCESS_STEPS} initiallyOpen={['final']} />)
  const last = container.querySelector('.process-step-last')!
  expect(last.className).toContain('process-step-final')
  expect(last.querySelector('.process-line')).toBeNull()
  expect(last.textContent).not.toContain('算一算日期')
})
