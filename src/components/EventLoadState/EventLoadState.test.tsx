import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { ROUTES } from '@/routes'
import { EventLoadState } from './index'

beforeEach(() => __reset())

test('loading shows its title', () => {
  const { getByText } = render(<EventLoadState data={{ kind: 'loading' }} reload={jest.fn()} loadingTitle='正在加载活动详情…' />)
  expect(getByText('正在加载活动详情…')).toBeTruthy()
})

test('a failure offers 重试', () => {
  const reload = jest.fn()
  const { getByRole, getByText } = render(<EventLoadState data={{ kind: 'error', message: '网络不通', missing: false }} reload={reload} errorTitle='活动详情加载失败' />)
  expect(getByText('活动详情加载失败')).toBeTruthy()
  fireEvent.click(getByRole('button', { name: '重试' }))
  expect(reload).toHaveBeenCalled()
})

test('a missing event leads back to the calendar instead of a retry that cannot help', () => {
  const reload = jest.fn()
  const { getByRole, getByText, queryByRole } = render(<EventLoadState data={{ kind: 'error', message: '活动不存在', missing: true }} reload={reload} />)
  expect(getByText('没有找到这场活动')).toBeTruthy()
  expect(queryByRole('button', { name: '重试' })).toBeNull()
  fireEvent.click(getByRole('button', { name: '返回活动日历' }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.events })
})
