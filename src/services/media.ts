import Taro from '@tarojs/taro'
import type { Clip } from '../core/content/media-types'
import { pickVideoPath } from '../core/media/url'
import { parseVtt, type Cue } from '../core/media/vtt'
import { media } from './media-url'
import { readStored, removeStored, writeStored } from './storage'

export { MEDIA_BASE_URL, media } from './media-url'

/** The video file for this platform: MP4, or WebM in a browser that cannot play H.264. */
export function videoUrl(clip: Clip): string {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return media(clip.src)
  const probe = document.createElement('video')
  return media(pickVideoPath(clip, typeof probe.canPlayType === 'function' ? (t) => probe.canPlayType(t) : undefined))
}

/** Fetches and parses a clip's WebVTT captions (as text on both platforms). */
export async function loadCues(clip: Clip): Promise<Cue[]> {
  const res = await Taro.request<string>({ url: media(clip.captions), method: 'GET', dataType: 'text', responseType: 'text' })
  if (res.statusCode !== 200) throw new Error(`captions: HTTP ${res.statusCode}`)
  return parseVtt(typeof res.data === 'string' ? res.data : String(res.data))
}

const positionKey = (clipId: string) => `clipPosition:${clipId}`

/** Seconds saved for this clip (0 when none). */
export function readPosition(clipId: string): number {
  const value = readStored<number>(positionKey(clipId), 0)
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

export function savePosition(clipId: string, seconds: number): void {
  if (seconds > 0) writeStored(positionKey(clipId), seconds)
  else removeStored(positionKey(clipId))
}
