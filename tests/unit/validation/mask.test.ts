import { maskName, maskPhone } from '../../../src/core/validation/mask'

test('maskName keeps only the first character', () => {
  expect(maskName('张三')).toBe('张*')
  expect(maskName('欧阳娜娜')).toBe('欧***')
  expect(maskName('张')).toBe('*')
  expect(maskName('')).toBe('')
  expect(maskName('𠀋三')).toBe('𠀋*')
})

test('maskPhone keeps the first 3 and last 4 digits', () => {
  expect(maskPhone('13812341234')).toBe('138****1234')
  expect(maskPhone('1234567')).toBe('*******')
  expect(maskPhone('')).toBe('')
})
