/** The reader's three pages in jsdom: query handling, 收藏, copy, jump box, card stepping. */
import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { EXPLAINERS } from '../../src/content/explainers'
import ArticlePage from '../../src/packages/reader/pages/article/index'
import CardsPage from '../../src/packages/reader/pages/cards/index'
import TocPage from '../../src/packages/reader/pages/toc/index'
import * as favourites from '../../src/services/favourites'
import { __reset } from './taro-mock'

describe('article page', () => {
  test('shows chapter, label, text, 解读 and related cards of 第三十五条', () => {
    __reset({ law: 'xinfang-2022', article: '35' })
    const { container, getByText } = render(<ArticlePage />)
    expect(getByText('第三十五条')).toBeTruthy()
    expect(container.textContent).toContain('第四章 信访事项的办理')
    expect(container.textContent).toContain('信访人对信访处理意见不服的')
    expect(container.querySelector('.interpretation')).not.toBeNull()
    expect(container.querySelector('[aria-label="上一条：第三十四条"]')).not.toBeNull()
    expect(container.querySelector('[aria-label="下一条：第三十六条"]')).not.toBeNull()
    expect(container.querySelectorAll('.picture-row').length).toBeGreaterThan(0)
  })

  test('related Q&A and guide channels that cite the article open their pages', () => {
    __reset({ law: 'xingzheng-fuyi-2023', article: '20' })
    const { container } = render(<ArticlePage />)
    const questions = Array.from(container.querySelectorAll('[aria-label^="问答："]'))
    expect(questions.length).toBeGreaterThan(0)
    fireEvent.click(questions[0])
    expect((Taro.navigateTo as jest.Mock).mock.calls[0][0].url).toMatch(/^\/packages\/qa\/pages\/detail\/index\?id=faq-/)
    const channel = container.querySelector('[aria-label="引导图：行政复议"]')!
    fireEvent.click(channel)
    expect(Taro.getStorageSync('guidePendingChannel')).toBe('admin-reconsideration')
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/guide/index' })
  })

  test('收藏 toggles and is stored as { law, article }', () => {
    __reset({ law: 'xinfang-2022', article: '35' })
    const { getByText } = render(<ArticlePage />)
    fireEvent.click(getByText('☆ 收藏'))
    expect(favourites.list()).toEqual([{ law: 'xinfang-2022', article: 35 }])
    expect(getByText('★ 已收藏')).toBeTruthy()
    fireEvent.click(getByText('★ 已收藏'))
    expect(favourites.list()).toEqual([])
  })

  test('复制条文 copies the label and text and says 已复制', async () => {
    __reset({ law: 'xinfang-2022', article: '35' })
    const { getByText } = render(<ArticlePage />)
    await act(async () => {
      fireEvent.click(getByText('复制条文'))
    })
    const data = (Taro.setClipboardData as jest.Mock).mock.calls[0][0].data as string
    expect(data.startsWith('《信访工作条例》第三十五条\n信访人对信访处理意见不服的')).toBe(true)
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制' }))
  })

  test('next article replaces the page', () => {
    __reset({ law: 'xinfang-2022', article: '35' })
    const { container } = render(<ArticlePage />)
    fireEvent.click(container.querySelector('[aria-label="下一条：第三十六条"]')!)
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/reader/pages/article/index?law=xinfang-2022&article=36' })
  })

  test('q highlights the search words', () => {
    __reset({ law: 'xinfang-2022', article: '35', q: encodeURIComponent('复查') })
    const { container } = render(<ArticlePage />)
    expect(container.querySelectorAll('.article-text .highlight').length).toBeGreaterThan(0)
  })

  test('other laws open too, without 解读', () => {
    __reset({ law: 'xingzheng-fuyi-2023', article: '20' })
    const { container, getByText } = render(<ArticlePage />)
    expect(getByText('第二十条')).toBeTruthy()
    expect(container.textContent).toContain('第三节 申请的提出')
    expect(container.querySelector('.interpretation')).toBeNull()
  })

  test.each([
    [{ law: 'nope', article: '35' }],
    [{ law: 'xinfang-2022', article: '51' }],
    [{ law: 'xinfang-2022', article: 'abc' }]
  ])('unknown law or article %j: an error with a way to the 目录', (params) => {
    __reset(params)
    const { container, getByText } = render(<ArticlePage />)
    expect(container.querySelector('[role="alert"]')).not.toBeNull()
    fireEvent.click(getByText('打开目录'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringContaining('/packages/reader/pages/toc/index') })
  })
})

describe('toc page', () => {
  test('lists the regulation by chapter; the jump box opens 第三十五条', () => {
    __reset()
    const { container, getByText } = render(<TocPage />)
    expect(getByText('第六章 附则')).toBeTruthy()
    expect(container.querySelectorAll('.toc-item')).toHaveLength(50)
    const input = container.querySelector('.article-jump-input')!
    fireEvent(input, Object.assign(new Event('input', { bubbles: true }), { detail: { value: '第三十五条' } }))
    fireEvent.click(getByText('打开'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/reader/pages/article/index?law=xinfang-2022&article=35' })
  })

  test('switching law lists its articles and the jump box follows its range', () => {
    __reset()
    const { container, getByText } = render(<TocPage />)
    fireEvent.click(container.querySelector('[aria-label="行政诉讼法"]')!)
    expect(container.querySelectorAll('.toc-item')).toHaveLength(103)
    const input = container.querySelector('.article-jump-input')!
    fireEvent(input, Object.assign(new Event('input', { bubbles: true }), { detail: { value: '104' } }))
    fireEvent.click(getByText('打开'))
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('《行政诉讼法》共103条')
  })
})

describe('cards page', () => {
  test('opens at the requested chapter and card; 上一张/下一张 step through', () => {
    const ch = EXPLAINERS[2]
    __reset({ chapter: String(ch.chapter), card: ch.cards[1].id })
    const { container, getByText } = render(<CardsPage />)
    expect(container.querySelector('.picture-title')!.textContent).toBe(ch.cards[1].title)
    fireEvent.click(getByText('下一张 ›'))
    expect(container.querySelector('.picture-title')!.textContent).toBe(ch.cards[2].title)
    fireEvent.click(getByText('‹ 上一张'))
    fireEvent.click(getByText('‹ 上一张'))
    fireEvent.click(getByText('‹ 上一张'))
    expect(container.querySelector('.picture-title')!.textContent).toBe(ch.cards[0].title)
  })

  test('chapter tabs switch the cards; every picture has its alt text', () => {
    __reset()
    const { container } = render(<CardsPage />)
    const last = EXPLAINERS[EXPLAINERS.length - 1]
    fireEvent.click(container.querySelector(`[aria-label="${last.title}"]`)!)
    expect(container.querySelector('.picture-title')!.textContent).toBe(last.cards[0].title)
    for (const card of last.cards) expect(container.querySelector(`[aria-label="${card.alt}"]`)).not.toBeNull()
  })
})
