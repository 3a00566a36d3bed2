import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { ROUTES } from '@/routes'
import { FeatureGrid } from './index'

beforeEach(() => __reset())

test('tapping a tile opens its page: tab pages by switchTab, others by navigateTo', () => {
  const { getByText } = render(
    <FeatureGrid
      features={[
        { title: '问答', subtitle: '找答案', url: ROUTES.qa, glyph: '问' },
        { title: '条例原文', subtitle: '50条', url: ROUTES.toc, glyph: '条' }
      ]}
    />
  )
  fireEvent.click(getByText('问答'))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.qa })
  fireEvent.click(getByText('条例原文'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.toc })
})

test('each tile carries an aria-label with its title and subtitle', () => {
  const { container } = render(<FeatureGrid features={[{ title: '活动报名', subtitle: '巡回宣讲', url: ROUTES.events, glyph: '约' }]} />)
  expect(container.querySelector('[aria-label="活动报名：巡回宣讲"]')).not.toBeNull()
})
