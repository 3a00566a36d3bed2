import { fireEvent, render } from '@testing-library/react'
import { __reset } from '../../../tests/component/taro-mock'
import { HighlightText, SearchResultCard } from './index'

beforeEach(() => __reset())

test('shows the kind badge, the title and the snippet with the matched words highlighted', () => {
  const { container, getByText } = render(
    <SearchResultCard
      kind='faq'
      title='提出复查以后，多久能拿到复查意见？'
      titleRanges={[{ start: 2, end: 4 }]}
      snippet='复查机关应当自收到复查请求之日起30日内提出复查意见'
      ranges={[
        { start: 0, end: 2 },
        { start: 16, end: 18 }
      ]}
      meta='依据 第三十五条'
    />
  )
  expect(getByText('问答')).toBeTruthy()
  expect(getByText('依据 第三十五条')).toBeTruthy()
  const marks = Array.from(container.querySelectorAll('.highlight')).map((el) => el.textContent)
  expect(marks).toEqual(['复查', '复查', '30'])
  // The whole title and snippet are still there, in order.
  expect(container.querySelector('.result-title')!.textContent).toBe('提出复查以后，多久能拿到复查意见？')
  expect(container.querySelector('.result-snippet')!.textContent).toBe('复查机关应当自收到复查请求之日起30日内提出复查意见')
})

test.each([
  ['faq', '问答'],
  ['article', '条文'],
  ['card', '图解'],
  ['channel', '引导']
] as const)('a %s result carries the %s badge and an aria-label naming it', (kind, label) => {
  const { container, getByText } = render(<SearchResultCard kind={kind} title='标题' />)
  expect(getByText(label)).toBeTruthy()
  expect(container.querySelector(`[aria-label="${label}：标题"]`)).not.toBeNull()
  expect(container.querySelector(`.badge-${kind}`)).not.toBeNull()
})

test('without a snippet, meta or ranges nothing empty is rendered', () => {
  const { container } = render(<SearchResultCard kind='article' title='信访工作条例 第三十五条' />)
  expect(container.querySelector('.result-snippet')).toBeNull()
  expect(container.querySelector('.result-meta')).toBeNull()
  expect(container.querySelector('.highlight')).toBeNull()
})

test('tapping the card opens it', () => {
  const onOpen = jest.fn()
  const { getByText } = render(<SearchResultCard kind='card' title='网上、书信、电话、传真、走访等都可以' onOpen={onOpen} />)
  fireEvent.click(getByText('网上、书信、电话、传真、走访等都可以'))
  expect(onOpen).toHaveBeenCalledTimes(1)
})

test('HighlightText ignores ranges outside the text', () => {
  const { container } = render(<HighlightText text='信访' ranges={[{ start: 1, end: 9 }, { start: 5, end: 7 }]} />)
  expect(container.textContent).toBe('信访')
  expect(Array.from(container.querySelectorAll('.highlight')).map((el) => el.textContent)).toEqual(['访'])
})
