import { act, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import HomePage from './index'

beforeEach(() => __reset())

const scanned = (url: string) => ({ q: encodeURIComponent(url) })

/** Renders the page and lets its event list finish loading (no state updates after the test). */
async function renderHome() {
  const view = render(<HomePage />)
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0))
  })
  return view
}

test('a scanned printed QR code (WeChat passes it in q) opens the page it stands for', async () => {
  __reset(scanned('https://xf.example.gov.cn/p/article/35'))
  await renderHome()
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/reader/pages/article/index?law=xinfang-2022&article=35' })
})

test('a scanned guide-map channel code opens the guide tab at that channel', async () => {
  __reset(scanned('https://xf.example.gov.cn/p/guide/labor-arbitration'))
  await renderHome()
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/guide/index' })
  expect(Taro.getStorageSync('guidePendingChannel')).toBe('labor-arbitration')
})

test('an unknown scanned code stays on the home page and says why', async () => {
  __reset(scanned('https://xf.example.gov.cn/p/guide/gone'))
  const { getByRole } = await renderHome()
  expect(getByRole('alert').textContent).toContain('无法识别')
  expect(Taro.navigateTo).not.toHaveBeenCalled()
  expect(Taro.switchTab).not.toHaveBeenCalled()
})

test('the H5 redirect of an unknown short link arrives with ?note= and shows it', async () => {
  __reset({ note: 'link-unknown' })
  const { getByRole } = await renderHome()
  expect(getByRole('alert').textContent).toContain('已为您打开首页')
})

test('an ordinary launch shows no note and goes nowhere', async () => {
  const { queryByRole } = await renderHome()
  expect(queryByRole('alert')).toBeNull()
  expect(Taro.navigateTo).not.toHaveBeenCalled()
})
