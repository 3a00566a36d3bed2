import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { GUIDE_PENDING_CHANNEL_KEY } from '@/services/nav'
import { ROUTES } from '@/routes'
import GuidePage from './index'

beforeEach(() => __reset())

const tapOption = (getByLabelText: (t: string) => HTMLElement, label: string) => fireEvent.click(getByLabelText(label))

test('answer → result card → back → restart', () => {
  const { getByText, getByLabelText, queryByText, container } = render(<GuidePage />)
  expect(getByText('您遇到的是哪类事？')).toBeTruthy()
  expect(container.textContent).toContain('第 1 步，共最多 3 步')
  expect(getByLabelText('上一步').getAttribute('aria-disabled')).toBe('true')

  tapOption(getByLabelText, '被罚款、被拆迁、证照被拒等，对政府部门的决定不服')
  expect(getByText('是哪种情况？')).toBeTruthy()
  expect(container.textContent).toContain('第 2 步，共最多 3 步')
  tapOption(getByLabelText, '其他决定：罚款决定书、拆迁征收、证照被拒或被吊销等')
  tapOption(getByLabelText, '先申请行政复议，请复议机关重新审查')

  expect(queryByText('您打算先怎么做？')).toBeNull()
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政复议')
  expect(container.querySelector('.channel-limits')!.textContent).toContain('60日内申请')
  // The summary of the answers given.
  const answers = container.querySelector('.channel-answers')!
  expect(answers.textContent).toContain('您遇到的是哪类事？')
  expect(answers.textContent).toContain('先申请行政复议，请复议机关重新审查')

  fireEvent.click(getByLabelText('上一步'))
  expect(getByText('您打算先怎么做？')).toBeTruthy()
  expect(container.querySelector('.channel-card')).toBeNull()
  tapOption(getByLabelText, '直接到法院起诉')
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政诉讼')

  fireEvent.click(getByLabelText('重新开始'))
  expect(getByText('您遇到的是哪类事？')).toBeTruthy()
  expect(container.textContent).toContain('第 1 步，共最多 3 步')
})

test('shared answers in the router params reopen the result', () => {
  __reset({ a: '0-5-0' })
  const { container, queryByRole } = render(<GuidePage />)
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政复议')
  expect(container.querySelector('.channel-answers')!.textContent).toContain('先申请行政复议')
  expect(queryByRole('alert')).toBeNull()
})

test('a broken share path says so in Chinese and starts afresh', () => {
  __reset({ a: '0-99' })
  const { getByRole, getByText, container } = render(<GuidePage />)
  expect(getByRole('alert').textContent).toContain('已为您从第一个问题开始')
  expect(getByRole('alert').textContent).toMatch(/分享链接/)
  expect(getByText('您遇到的是哪类事？')).toBeTruthy()
  expect(container.querySelector('.channel-card')).toBeNull()
  // The message goes away once the citizen answers.
  fireEvent.click(container.querySelector('[aria-label="举报公职人员违纪违法"]')!)
  expect(container.querySelector('[role="alert"]')).toBeNull()
  expect(container.querySelector('.channel-name')!.textContent).toContain('纪检监察')
})

test('garbage in the share path is refused too', () => {
  __reset({ a: 'abc' })
  const { getByRole } = render(<GuidePage />)
  expect(getByRole('alert').textContent).toContain('分享链接的格式不对')
})

test('the petition result links on to the process map and the deadline calculator with a stage', () => {
  __reset({ a: '8' })
  const { getByText, getByLabelText } = render(<GuidePage />)
  fireEvent.click(getByText('算一算：提出后多少天内该告知我'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.deadline}?stage=submitted` })
  fireEvent.click(getByLabelText('信访流程图：从提出到复核，一步一步看'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.process })
})

test('a 引导 result tapped in 问答 opens its channel card here, once', () => {
  Taro.setStorageSync('guidePendingChannel', 'admin-reconsideration')
  const { container } = render(<GuidePage />)
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政复议')
  expect(Taro.getStorageSync('guidePendingChannel')).toBe('')
})

test('a channel opened from an article or a search shows no answers the citizen never gave', () => {
  Taro.setStorageSync(GUIDE_PENDING_CHANNEL_KEY, 'admin-reconsideration')
  const { container, getByLabelText } = render(<GuidePage />)
  expect(container.querySelector('.channel-name')!.textContent).toBe('行政复议')
  expect(container.querySelector('.channel-answers')).toBeNull()
  expect(container.textContent).toContain('这是「行政复议」的办理说明')
  expect(container.textContent).not.toContain('回答了')
  // Answering from the start makes it an ordinary result again.
  fireEvent.click(getByLabelText('重新开始'))
  tapOption(getByLabelText, '举报公职人员违纪违法')
  expect(container.textContent).toContain('回答了 1 个问题')
})

test('on H5 the result link can be copied, carrying the answers', async () => {
  __reset({ a: '0-5-0' })
  const { getByRole } = render(<GuidePage />)
  fireEvent.click(getByRole('button', { name: '复制这个结果的链接，发给家人朋友' }))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: expect.stringMatching(/行政复议 .*\/pages\/guide\/index\?a=0-5-0$/) })
})

test('a printed QR code short link opens one channel card directly (?channel=), without invented answers', () => {
  __reset({ channel: 'labor-arbitration' })
  const { container, queryByRole } = render(<GuidePage />)
  expect(container.querySelector('.channel-name')!.textContent).toBe('劳动争议调解、仲裁')
  expect(container.querySelector('.channel-answers')).toBeNull()
  expect(queryByRole('alert')).toBeNull()
})

test('a channel that no longer exists starts afresh with a note', () => {
  __reset({ channel: 'gone' })
  const { getByRole, getByText } = render(<GuidePage />)
  expect(getByRole('alert').textContent).toContain('渠道已经调整')
  expect(getByText('您遇到的是哪类事？')).toBeTruthy()
})
