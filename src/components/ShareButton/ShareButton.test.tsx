import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { ShareButton } from './index'

beforeEach(() => __reset())

test('on H5 (no share sheet) it copies the given text and says so', async () => {
  const { getByLabelText } = render(<ShareButton subject='这条问答' copyText={() => '复查要多久？ https://example/qa'} />)
  fireEvent.click(getByLabelText('复制这条问答的链接，发给家人朋友'))
  expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '复查要多久？ https://example/qa' })
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '已复制', icon: 'success' }))
})
