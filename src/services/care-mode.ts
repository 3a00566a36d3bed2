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
  Taro.eventCenter.trigger(EVENT, on)
}

export function onCareModeChange(listener: (on: boolean) => void): () => void {
  Taro.eventCenter.on(EVENT, listener)
  return () => Taro.eventCenter.off(EVENT, listener)
}
