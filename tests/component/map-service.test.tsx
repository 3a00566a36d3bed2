import { amapMarkerUrl, openMap } from '../../src/services/map'
import { __reset, openLocation, setClipboardData, showToast } from './taro-mock'

const place = { latitude: 24.4798, longitude: 118.0894, name: '思明区 市民服务中心', address: '厦门市思明区（示例地址）' }

beforeEach(() => __reset())
afterEach(() => {
  delete process.env.TARO_ENV
  jest.restoreAllMocks()
})

test('weapp opens WeChat’s map at the venue', async () => {
  process.env.TARO_ENV = 'weapp'
  await openMap(place)
  expect(openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 24.4798, longitude: 118.0894, name: place.name }))
})

test('H5 opens the Amap marker page with lng,lat and the venue name', async () => {
  process.env.TARO_ENV = 'h5'
  const open = jest.spyOn(window, 'open').mockReturnValue({} as Window)
  await openMap(place)
  expect(open).toHaveBeenCalledWith(amapMarkerUrl(place), '_blank', 'noopener')
  expect(amapMarkerUrl(place)).toBe(
    `https://uri.amap.com/marker?position=118.0894,24.4798&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=1&src=yifa-xinfang`
  )
  expect(openLocation).not.toHaveBeenCalled()
})

test('H5 with pop-ups blocked copies the address and says so', async () => {
  process.env.TARO_ENV = 'h5'
  jest.spyOn(window, 'open').mockReturnValue(null)
  await openMap(place)
  expect(setClipboardData).toHaveBeenCalledWith({ data: `${place.name} ${place.address}` })
  expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '地址已复制，可粘贴到地图应用' }))
})
