import { Action, Box, Span } from '../Markup'
import { go } from '@/services/nav'

export interface SectionTitleProps {
  title: string
  /** Optional "more" link on the right. */
  moreUrl?: string
  moreLabel?: string
}

export function SectionTitle({ title, moreUrl, moreLabel = '更多' }: SectionTitleProps) {
  return (
    <Box className='row-between section-title'>
      <Span>{title}</Span>
      {moreUrl ? (
        <Action className='text-small link section-more' role='link' aria-label={`${title}，${moreLabel}`} onClick={() => go(moreUrl)}>
          {moreLabel} ›
        </Action>
      ) : null}
    </Box>
  )
}
