import { Image } from '@tarojs/components'
import type { Clip } from '@/core/content/media-types'
import { formatDuration } from '@/core/media/format'
import { ROUTES, withQuery } from '@/routes'
import { media } from '@/services/media-url'
import { go } from '@/services/nav'
import { Action, Box, Span } from '../Markup'
import { RefLinks } from '../RefLinks'
import './index.css'

export interface ClipCardProps {
  clip: Clip
  /** `full`: large poster above the text (the clip list); `row`: thumbnail beside it (home page section). */
  variant?: 'full' | 'row'
  /** Show the articles the clip covers (tappable citations). */
  showRefs?: boolean
  /** Tap handler; defaults to opening the player. */
  onOpen?: (clip: Clip) => void
}

/** The player page of one clip. */
export function clipRoute(id: string): string {
  return withQuery(ROUTES.player, { id })
}

/** One animated clip: poster frame with a play mark and duration, title, and the articles it covers. */
export function ClipCard({ clip, variant = 'full', showRefs = true, onOpen }: ClipCardProps) {
  const duration = formatDuration(clip.durationSeconds)
  const open = () => (onOpen ? onOpen(clip) : go(clipRoute(clip.id)))
  return (
    <Box className={`card clip-card clip-card-${variant}`}>
      <Action className='clip-card-main' role='link' aria-label={`播放动漫：${clip.title}，时长${duration}`} onClick={open}>
        <Box className='clip-card-poster-box'>
          <Image className='clip-card-poster' src={media(clip.poster)} mode='aspectFill' aria-label={`${clip.title}的画面`} />
          <Box className='clip-card-play' aria-hidden='true'>
            ▶
          </Box>
          <Span className='clip-card-duration'>{duration}</Span>
        </Box>
        <Box className='clip-card-text'>
          <Span className='clip-card-title'>{clip.title}</Span>
          <Span className='clip-card-meta'>动漫 · {duration}</Span>
        </Box>
      </Action>
      {showRefs ? <RefLinks refs={clip.refs} label='讲到' /> : null}
    </Box>
  )
}
