import Taro from '@tarojs/taro'
import { readStored, writeStored } from './storage'

const KEY = 'careMode'
const EVENT = 'careModeChanged'

export function isCareMode(): boolean {
  return readStored<boolean>(KEY, false) === true
}

/** Persists the switch and tells every mounted page, so open pages re-render at once. */
export function setCareMode(on: boolean): void {
  writeStored(KEY, on)
  markDocument(on)
  Taro.eventCenter.trigger(EVENT, on)
}

/**
 * H5 only: the tab bar lives outside every page, so PageShell's class cannot reach it; a class on
 * <html> lets app.css enlarge its labels too. (WeChat's native tab bar has a fixed size.)
 */
export function markDocument(on: boolean = isCareMode()): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.documentElement.classList.toggle('care-mode', on)
}

export function onCareModeChange(listener: (on: boolean) => void): () => void {
  Taro.eventCenter.on(EVENT, listener)
  return () => Taro.eventCenter.off(EVENT, listener)
}
