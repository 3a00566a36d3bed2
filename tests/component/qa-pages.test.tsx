import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { BUREAU, SAMPLE_LABEL } from '../../src/config/bureau'
import { FAQ_WITH_ANSWERS as FAQ } from '../../src/content/faq-answers'
import AboutPage from '../../src/packages/about/pages/about/index'
import ContactPage from '../../src/packages/about/pages/contact/index'
import QaDetailPage from '../../src/packages/qa/pages/detail/index'
import { ROUTES } from '../../src/routes'
import { __reset } from './taro-mock'

beforeEach(() => __reset())

describe('问答 detail', () => {
  test('shows the question, the short answer first, the fuller answer, citations and related entries', () => {
    __reset({ id: 'faq-review-reply-time' })
    const entry = FAQ.find((e) => e.id === 'faq-review-reply-time')!
    const { container, getByText } = render(<QaDetailPage />)
    expect(getByText(entry.question)).toBeTruthy()
    const text = container.textContent!
    expect(text.indexOf(entry.short)).toBeGreaterThan(-1)
    expect(text.indexOf(entry.short)).toBeLessThan(text.indexOf('详细说明'))
    for (const p of entry.answer.split('\n')) expect(text).toContain(p.trim())
    // Citation links open the reader.
    const refLink = container.querySelector('.ref-link')!
    fireEvent.click(refLink)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: expect.stringContaining(`${ROUTES.article}?law=xinfang-2022&article=35`) })
    // Each cited article is labelled with its law.
    expect(getByText('《信访工作条例》第三十五条')).toBeTruthy()
    // Related entries open their own page.
    const related = FAQ.find((e) => e.id === entry.related[0])!
    fireEvent.click(getByText(related.question))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `${ROUTES.qaDetail}?id=${related.id}` })
  })

  test('a supporting law is cited by name as plain text; only the carried laws open the reader', () => {
    __reset({ id: 'faq-police-not-file' })
    const { container } = render(<QaDetailPage />)
    const plain = Array.from(container.querySelectorAll('.ref-plain')).map((e) => e.textContent)
    expect(plain).toContain('刑事诉讼法第一百一十二条')
    expect(plain).toContain('刑事诉讼法第二百一十条第三项')
    // The list mixes laws, so the regulation's citation names its law too.
    expect(container.querySelector('[aria-label="查看《信访工作条例》第三十一条第一项"]')).not.toBeNull()
    // 引用的条文 lists the articles the reader can open, not the 刑事诉讼法 ones.
    const articles = Array.from(container.querySelectorAll('.qa-detail-article-label')).map((e) => e.textContent)
    expect(articles).toEqual(['《信访工作条例》第三十一条', '《信访工作条例》第二十八条'])
  })

  test('an unknown id shows a designed error with a way back to 问答', () => {
    __reset({ id: 'no-such-entry' })
    const { getByText } = render(<QaDetailPage />)
    expect(getByText('没有找到这条问答')).toBeTruthy()
    fireEvent.click(getByText('回到问答'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: ROUTES.qa })
  })
})

test('联系信访部门 shows every bureau field, marked as sample data, and cites 第十七条 and 第十八条', () => {
  const { container, getByText, getAllByText } = render(<ContactPage />)
  for (const key of ['name', 'address', 'receptionHours', 'phone', 'onlineChannel', 'mailingAddress', 'progressQuery'] as const) {
    expect(container.textContent).toContain(BUREAU[key])
  }
  expect(BUREAU.isSample).toBe(true)
  expect(getByText(SAMPLE_LABEL)).toBeTruthy()
  expect(getAllByText('示例').length).toBe(7)
  expect(container.textContent).toContain('信息网络、书信、电话、传真、走访')
  expect(container.querySelector('[aria-label="查看第十七条"]')).not.toBeNull()
  expect(container.querySelector('[aria-label="查看第十八条"]')).not.toBeNull()
  // Sample numbers are not dialable.
  expect(container.querySelector('[aria-label^="拨打电话"]')).toBeNull()
})

test('关于本程序 explains the sources, the status of the readings and the version', () => {
  const { container } = render(<AboutPage />)
  const text = container.textContent!
  expect(text).toContain('著作权法》第五条')
  expect(text).toContain('不是法律意见')
  expect(text).toContain(require('../../package.json').version)
})

test('联系信访部门 always offers the national online channel and tap-to-call for real national hotlines, even with sample bureau facts', () => {
  const { container } = render(<ContactPage />)
  expect(BUREAU.isSample).toBe(true)
  expect(container.textContent).toContain('国家信访局网上信访')
  const call = container.querySelector('[aria-label="拨打政务服务便民热线 12345"]')
  expect(call).not.toBeNull()
  fireEvent.click(call!)
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  expect(container.querySelector('[aria-label="拨打公共法律服务热线 12348"]')).not.toBeNull()
})
