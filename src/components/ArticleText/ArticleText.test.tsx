import { fireEvent, render } from '@testing-library/react'
import { __reset } from '../../../tests/component/taro-mock'
import { findArticle, XINFANG } from '@/content/laws/index'
import { ArticleText } from './index'

beforeEach(() => __reset())

test('one block per 款, enumerated items indented under it', () => {
  const a22 = findArticle(XINFANG, 22)!
  const { container } = render(<ArticleText article={a22} />)
  expect(container.querySelectorAll('.article-clause')).toHaveLength(2)
  const items = container.querySelectorAll('.article-item')
  expect(items).toHaveLength(3)
  expect(items[0].textContent).toMatch(/^（一）/)
  expect(container.textContent).toBe(a22.paragraphs.join(''))
})

test('no query: nothing is highlighted', () => {
  const { container } = render(<ArticleText article={findArticle(XINFANG, 35)!} />)
  expect(container.querySelectorAll('.highlight')).toHaveLength(0)
})

test('search words are marked with .highlight spans and the text stays whole', () => {
  const a35 = findArticle(XINFANG, 35)!
  const { container } = render(<ArticleText article={a35} query='复查' />)
  const marks = Array.from(container.querySelectorAll('.highlight')).map((el) => el.textContent)
  expect(marks.length).toBeGreaterThanOrEqual(2)
  // Only what the citizen typed is marked (no synonyms), and every 复查 in the text is.
  expect(marks.every((m) => m === '复查')).toBe(true)
  expect(marks).toHaveLength(a35.paragraphs.join('').split('复查').length - 1)
  expect(container.textContent).toBe(a35.paragraphs.join(''))
})

test('long-press on the text calls the handler', () => {
  const onLongPress = jest.fn()
  const { container } = render(<ArticleText article={findArticle(XINFANG, 35)!} onLongPress={onLongPress} />)
  const root = container.querySelector('.article-text')!
  fireEvent(root, new Event('longpress', { bubbles: true }))
  expect(onLongPress).toHaveBeenCalled()
})
