import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { EXPLAINER_CARDS } from '@/content/explainers'
import { cardImageSrc, PictureCard } from './index'

beforeEach(() => __reset())

const card = EXPLAINER_CARDS.find((c) => c.refs.length > 1)!

test('full card: picture with alt text, headline, body, 看条文 and the citations', () => {
  const { container, getByText } = render(<PictureCard card={card} />)
  const img = container.querySelector(`[aria-label="${card.alt}"]`)
  expect(img).not.toBeNull()
  expect(img!.getAttribute('src')).toBe(`/packages/reader/images/${card.image}`)
  expect(getByText(card.title)).toBeTruthy()
  expect(getByText(card.body)).toBeTruthy()
  expect(container.querySelectorAll('.ref-link')).toHaveLength(card.refs.length)
  fireEvent.click(container.querySelector('.picture-read')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: expect.stringContaining(`article=${card.refs[0].article}`) })
})

test('showImage=false leaves the picture to the Swiper', () => {
  const { container } = render(<PictureCard card={card} showImage={false} />)
  expect(container.querySelector(`[aria-label="${card.alt}"]`)).toBeNull()
})

test('row variant: thumbnail and headline, the row opens the card', () => {
  const onOpen = jest.fn()
  const { container, queryByText } = render(<PictureCard card={card} variant='row' onOpen={onOpen} />)
  expect(queryByText(card.body)).toBeNull()
  fireEvent.click(container.querySelector(`[aria-label="看图解：${card.title}"]`)!)
  expect(onOpen).toHaveBeenCalled()
  expect(cardImageSrc(card)).toBe(`/packages/reader/images/${card.image}`)
})
