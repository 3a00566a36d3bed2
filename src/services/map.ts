import Taro from '@tarojs/taro'

export interface Place {
  latitude: number
  longitude: number
  name: string
  address: string
}

/**
 * Amap's public marker page (opens the Amap app when installed, a web map otherwise). The
 * coordinates are GCJ-02, as Taro.openLocation expects on weapp.
 */
export function amapMarkerUrl(place: Place): string {
  const q = [
    `position=${place.longitude},${place.latitude}`,
    `name=${encodeURIComponent(place.name)}`,
    'coordinate=gaode',
    'callnative=1',
    'src=yifa-xinfang'
  ]
  return `https://uri.amap.com/marker?${q.join('&')}`
}

/**
 * 导航: WeChat's map on weapp. On H5 openLocation only works inside the WeChat JS-SDK, so a
 * browser gets the Amap page; if that cannot open, the address is copied for any map app.
 */
export async function openMap(place: Place): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const opened = typeof window !== 'undefined' ? window.open(amapMarkerUrl(place), '_blank', 'noopener') : null
    if (opened !== null) return
    await Taro.setClipboardData({ data: `${place.name} ${place.address}` })
    await Taro.showToast({ title: '地址已复制，可粘贴到地图应用', icon: 'none' })
    return
  }
  try {
    await Taro.openLocation({ latitude: place.latitude, longitude: place.longitude, name: place.name, address: place.address, scale: 16 })
  } catch {
    await Taro.showToast({ title: '未能打开地图', icon: 'none' })
  }
}
