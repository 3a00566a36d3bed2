import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { hotQuestions } from '@/content/hot-questions'
import { ROUTES } from '@/routes'
import { HotQuestions } from './index'

beforeEach(() => __reset())

test('lists the hot questions and opens the tapped one', () => {
  const expected = hotQuestions(3)
  const { getByText, container } = render(<HotQuestions limit={3} />)
  expect(container.querySelectorAll('.hot-question')).toHaveLength(3)
  fireEvent.click(getByText(expected[1].question))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.qaDetail}?id=${encodeURIComponent(expected[1].id)}` })
})
