import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { BUREAU } from '@/config/bureau'
import { SearchNoAnswer } from './index'

beforeEach(() => __reset())

test('says plainly that nothing fits, shows notes, and offers the guide, 12345, 12348 and the bureau labelled 示例', () => {
  const onOpenGuide = jest.fn()
  const onContactBureau = jest.fn()
  const { container, getByText } = render(
    <SearchNoAnswer query='宪法第四十一条' notes={['本程序没有收录《宪法》']} onOpenGuide={onOpenGuide} onContactBureau={onContactBureau} />
  )
  expect(getByText('没找到合适的答案')).toBeTruthy()
  expect(getByText('本程序没有收录《宪法》')).toBeTruthy()
  expect(container.textContent).toContain(BUREAU.phone)
  expect(container.textContent).toContain('示例数据')
  fireEvent.click(container.querySelector('[aria-label="打开依法信访引导图，按问题找到合适的渠道"]')!)
  expect(onOpenGuide).toHaveBeenCalled()
  fireEvent.click(container.querySelector('[aria-label="拨打12348公共法律服务热线"]')!)
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' })
  fireEvent.click(container.querySelector(`[aria-label^="联系${BUREAU.name}"]`)!)
  expect(onContactBureau).toHaveBeenCalled()
})
