import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import type { Interpretation } from '@/core/content/types'
import { interpretationOf } from '@/content/interpretations'
import { InterpretationPanel } from './index'

beforeEach(() => __reset())

const sample: Interpretation = {
  law: '信访工作条例',
  article: 35,
  meaning: '不服处理意见可以请求复查。',
  whatToDo: ['收到书面答复后记下日期。', '30日内向上一级请求复查。'],
  deadline: '收到书面答复之日起30日内',
  refs: [{ law: '信访工作条例', article: 36 }]
}

test('shows meaning, numbered steps and the deadline', () => {
  const { getByText, container } = render(<InterpretationPanel interpretation={sample} />)
  expect(getByText('不服处理意见可以请求复查。')).toBeTruthy()
  expect(getByText('30日内向上一级请求复查。')).toBeTruthy()
  expect(container.querySelectorAll('.interpretation-step')).toHaveLength(2)
  expect(getByText('期限')).toBeTruthy()
  expect(getByText('收到书面答复之日起30日内')).toBeTruthy()
})

test('no deadline: the 期限 block is left out', () => {
  const { queryByText } = render(<InterpretationPanel interpretation={{ ...sample, deadline: undefined }} />)
  expect(queryByText('期限')).toBeNull()
})

test('related articles are tappable', () => {
  const { getByText } = render(<InterpretationPanel interpretation={sample} />)
  fireEvent.click(getByText('第三十六条'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/reader/pages/article/index?law=xinfang-2022&article=36' })
})

test('renders the real reading of 第三十五条', () => {
  const reading = interpretationOf(35)!
  const { container } = render(<InterpretationPanel interpretation={reading} />)
  expect(container.textContent).toContain(reading.meaning)
})
