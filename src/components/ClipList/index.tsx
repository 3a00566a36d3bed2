import type { Clip } from '@/core/content/media-types'
import { CLIPS } from '@/content/media'
import { ROUTES } from '@/routes'
import { ClipCard } from '../ClipCard'
import { Box } from '../Markup'
import { SectionTitle } from '../SectionTitle'

export interface ClipListProps {
  clips?: Clip[]
  /** Section heading (e.g. 「动漫宣传片」 on the home page); none by default. */
  title?: string
  /** Show at most this many; the heading links to the clip page. */
  limit?: number
  variant?: 'full' | 'row'
  showRefs?: boolean
  onOpen?: (clip: Clip) => void
}

/** The animated clips as cards; the home page shows it as a section, the clip page in full. */
export function ClipList({ clips = CLIPS, title, limit, variant = 'full', showRefs = true, onOpen }: ClipListProps) {
  const shown = limit !== undefined ? clips.slice(0, limit) : clips
  return (
    <Box className='clip-list'>
      {title ? <SectionTitle title={title} moreUrl={ROUTES.clips} moreLabel={shown.length < clips.length ? `全部 ${clips.length} 部` : '全部'} /> : null}
      {shown.map((clip) => (
        <ClipCard key={clip.id} clip={clip} variant={variant} showRefs={showRefs} onOpen={onOpen} />
      ))}
    </Box>
  )
}
