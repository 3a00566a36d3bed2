import Taro from '@tarojs/taro'

/** Typed JSON storage on top of Taro's (wx.setStorageSync / localStorage); never throws. */
export function readStored<T>(key: string, fallback: T): T {
  try {
    const value = Taro.getStorageSync(key)
    return value === '' || value === undefined || value === null ? fallback : (value as T)
  } catch {
    return fallback
  }
}

export function writeStored<T>(key: string, value: T): void {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the feature keeps working for this session only.
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // nothing to do
  }
}
