/**
 * Media URLs. Clip and poster paths in the content are relative to the media base URL, a
 * build-time constant (`MEDIA_BASE`): `/media` for H5 served by our own server, an absolute
 * https URL (our server or a CDN) for weapp. Pure: the base is a parameter, so
 * `src/services/media.ts` supplies the real one and tests supply their own.
 */

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

/**
 * `mediaUrl('clips/process.mp4', 'https://cdn.example.cn/media/')` →
 * `https://cdn.example.cn/media/clips/process.mp4`. Exactly one slash joins base and path;
 * an empty base gives a root-relative URL; an already absolute path is returned unchanged.
 */
export function mediaUrl(path: string, base: string): string {
  if (ABSOLUTE.test(path)) return path
  const cleanPath = path.replace(/^\/+/, '')
  const cleanBase = base.replace(/\/+$/, '')
  return `${cleanBase}/${cleanPath}`
}

/** True when `url` would be fetched from another origin than `origin` (track elements then need CORS). */
export function isCrossOrigin(url: string, origin: string): boolean {
  if (!ABSOLUTE.test(url)) return false
  try {
    return new URL(url, origin).origin !== new URL(origin).origin
  } catch {
    return true
  }
}

/** The H.264 profile our clips use (Main), as a `canPlayType` query. */
export const MP4_TYPE = 'video/mp4; codecs="avc1.4D401E, mp4a.40.2"'
export const WEBM_TYPE = 'video/webm; codecs="vp9, opus"'

/**
 * Which file a player should load: the MP4 (WeChat, iOS, most browsers) unless the browser
 * says it cannot play H.264 but can play WebM (some open-source Chromium builds).
 * `canPlay` is `HTMLMediaElement.canPlayType` or a stand-in.
 */
export function pickVideoPath(clip: { src: string; webm: string }, canPlay?: (type: string) => string): string {
  if (!canPlay) return clip.src
  if (canPlay(MP4_TYPE) !== '') return clip.src
  return canPlay(WEBM_TYPE) !== '' ? clip.webm : clip.src
}
