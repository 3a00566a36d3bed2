import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { guide } from '@/content/guide/tree'
import { ROUTES } from '@/routes'
import { ChannelCard } from './index'

beforeEach(() => __reset())

const reconsideration = guide.channel('admin-reconsideration')!

test('shows the channel with who handles it, how to start, what to prepare, limits, next steps and what not to do', () => {
  const { getByText, container } = render(<ChannelCard channel={reconsideration} />)
  expect(getByText('行政复议')).toBeTruthy()
  for (const title of ['谁来办', '怎么开始', '要准备什么', '时间限制', '接下来会怎样', '不要这样做']) {
    expect(getByText(title)).toBeTruthy()
  }
  const limits = container.querySelector('.channel-limits')!
  expect(limits.className).toContain('channel-section-accent')
  expect(limits.textContent).toContain('60日内申请')
  expect(limits.textContent).toContain('行政复议法第二十条第一款')
  const dont = container.querySelector('.channel-dont')!
  expect(dont.textContent).toContain('第二十六条')
  expect(dont.textContent).toContain('第四十七条')
})

test('every citation is tappable and opens the reader at its article', () => {
  const { container } = render(<ChannelCard channel={reconsideration} />)
  const link = container.querySelector('.channel-limits [aria-label="查看行政复议法第二十条第一款"]')!
  fireEvent.click(link)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.article}?law=xingzheng-fuyi-2023&article=20` })
})

test('provisions of laws the app does not carry are named as plain text, not links', () => {
  const { container } = render(<ChannelCard channel={guide.channel('mediation')!} />)
  const plain = Array.from(container.querySelectorAll('.channel-limits .ref-plain')).map((e) => e.textContent)
  expect(plain).toContain('民法典第一百八十八条第一款')
  expect(container.querySelector('[aria-label="查看民法典第一百八十八条第一款"]')).toBeNull()
  expect(container.querySelectorAll('.channel-limits [role="link"]')).toHaveLength(0)
})

test('the summary and the main citations share one 主要依据 line, each citation once', () => {
  const { container } = render(<ChannelCard channel={guide.channel('litigation')!} />)
  const main = container.querySelector('.channel-main-refs')!
  const labels = Array.from(main.querySelectorAll('.ref-link, .ref-plain')).map((e) => e.textContent)
  expect(new Set(labels).size).toBe(labels.length)
  expect(labels).toContain('《信访工作条例》第三十一条第一项')
  // The summary itself carries no second 依据 line.
  expect(container.querySelectorAll('.channel-card > .cited .ref-links')).toHaveLength(0)
})

test('every citation names its law, so 第三十一条第二项 is never read as another law’s', () => {
  const { container } = render(<ChannelCard channel={guide.channel('labor-arbitration')!} />)
  const labels = Array.from(container.querySelectorAll('.ref-link, .ref-plain')).map((e) => e.textContent!)
  expect(labels.length).toBeGreaterThan(5)
  expect(labels.filter((l) => l.startsWith('第'))).toEqual([])
  expect(labels).toContain('《信访工作条例》第三十一条第二项')
})

test('lists the answers given and the follow-up links', () => {
  const state = guide.answer(guide.answer(guide.start(), 5), 1)
  const { getByText } = render(
    <ChannelCard channel={guide.result(state)!} answers={guide.summary(state)} links={[{ label: '看信访流程图', url: ROUTES.process }]} />
  )
  expect(getByText('您的回答')).toBeTruthy()
  expect(getByText('对政府工作提意见建议、投诉工作人员')).toBeTruthy()
  expect(getByText(/您想反映的是哪一种/)).toBeTruthy()
  fireEvent.click(getByText('看信访流程图'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.process })
})

test('without answers or links, those parts are left out', () => {
  const { queryByText } = render(<ChannelCard channel={reconsideration} />)
  expect(queryByText('您的回答')).toBeNull()
})

test('national hotlines on a card can be tapped to call', () => {
  const police = guide.channel('police')!
  const { getAllByLabelText } = render(<ChannelCard channel={police} />)
  fireEvent.click(getAllByLabelText('拨打 110（报警电话）')[0])
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' })
})
