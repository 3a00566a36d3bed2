import { render } from '@testing-library/react'
import { __reset } from '../../../tests/component/taro-mock'
import { CheckinQr } from './index'

beforeEach(() => __reset())
afterEach(() => jest.restoreAllMocks())

test('draws the QR code on a canvas and shows the code in large text', () => {
  const fillRect = jest.fn()
  const ctx = { fillStyle: '', fillRect, scale: jest.fn() }
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D)
  const { container, getByText } = render(<CheckinQr code='ABCD2345' />)
  expect(getByText('ABCD2345').className).toContain('checkin-code')
  const canvas = container.querySelector('canvas')!
  expect(canvas.getAttribute('aria-label')).toBe('签到二维码，签到码 A B C D 2 3 4 5')
  // A white background plus many dark modules.
  expect(fillRect.mock.calls.length).toBeGreaterThan(100)
})

test('when the canvas cannot draw, the canvas is hidden and the code text remains', () => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  const { container, getByText } = render(<CheckinQr code='ABCD2345' />)
  expect(container.querySelector('canvas')).toBeNull()
  expect(getByText('ABCD2345')).toBeTruthy()
})
