import { mediaUrl } from '../core/media/url'

/**
 * Media URLs with the build's base, apart from src/services/media.ts: a component that only shows
 * a poster or a thumbnail (the home page's clip cards) then loads neither the caption parser nor
 * Taro.request with it.
 */

/** The build-time media base (config/index.ts): `/media` on H5, absolute on weapp. */
export const MEDIA_BASE_URL: string = MEDIA_BASE

/** A media path from src/content/media.ts as a full URL. */
export function media(path: string): string {
  return mediaUrl(path, MEDIA_BASE_URL)
}
