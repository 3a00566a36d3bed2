import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Poster } from '@/core/content/media-types'
import { POSTERS } from '@/content/media'
import { media } from '@/services/media-url'
import { downloadOnWeb, saveImageToAlbum } from '@/services/save-image'
import { Action } from '../Markup'
import './index.css'

export type PosterSaveMode = 'album' | 'download' | 'none'

export interface PosterGalleryProps {
  posters?: Poster[]
  /** `album`: 保存到相册 (weapp); `download`: a download link (H5); default by platform. */
  saveMode?: PosterSaveMode
  /** What 保存 does; defaults to the album flow or the browser download. */
  onSave?: (poster: Poster) => void
}

export function defaultSaveMode(): PosterSaveMode {
  if (process.env.TARO_ENV === 'weapp') return 'album'
  if (process.env.TARO_ENV === 'h5') return 'download'
  return Taro.getEnv() === Taro.ENV_TYPE.WEAPP ? 'album' : 'download'
}

/** Opens the full-screen viewer on `poster`, swipeable through all the full-size posters. */
export function previewPoster(poster: Poster, posters: Poster[] = POSTERS): void {
  Taro.previewImage({ urls: posters.map((p) => media(p.image)), current: media(poster.image) }).catch(() => undefined)
}

function defaultSave(poster: Poster, mode: PosterSaveMode): void {
  const url = media(poster.image)
  if (mode === 'album') void saveImageToAlbum(url)
  else if (mode === 'download') downloadOnWeb(url, `${poster.title}.png`)
}

/** The poster gallery: a grid of thumbnails; tap to view full screen, save or download each. */
export function PosterGallery({ posters = POSTERS, saveMode, onSave }: PosterGalleryProps) {
  const mode = saveMode ?? defaultSaveMode()
  const saveLabel = mode === 'album' ? '保存到相册' : '下载海报'
  return (
    <View className='poster-grid'>
      {posters.map((poster) => (
        <View key={poster.id} className='poster-tile card'>
          <Action className='poster-open' role='button' aria-label={`查看大图：${poster.title}`} onClick={() => previewPoster(poster, posters)}>
            <View className='poster-thumb-box'>
              <Image className='poster-thumb' src={media(poster.thumb)} mode='aspectFill' aria-label={poster.alt} />
            </View>
            <Text className='poster-title'>{poster.title}</Text>
          </Action>
          {mode !== 'none' ? (
            <Action
              className='poster-save btn btn-secondary'
              role='button'
              aria-label={`${saveLabel}：${poster.title}`}
              onClick={() => (onSave ? onSave(poster) : defaultSave(poster, mode))}
            >
              {saveLabel}
            </Action>
          ) : null}
        </View>
      ))}
    </View>
  )
}
