import { Action, Box, Span } from '../Markup'
import { HOME } from '@/content/home'
import { ROUTES, withQuery } from '@/routes'
import { go } from '@/services/nav'
import './index.css'

export interface HotQuestionsProps {
  limit?: number
}

/**
 * A few questions citizens ask most, each opening its answer. The wording comes precomputed
 * (content/home.ts), so the home page does not load the whole Q&A for it.
 */
export function HotQuestions({ limit = 4 }: HotQuestionsProps) {
  return (
    <Box className='card hot-questions'>
      {HOME.hotQuestions.slice(0, limit).map((entry) => (
        <Action
          key={entry.id}
          className='hot-question row-between'
          role='link'
          aria-label={`问题：${entry.question}`}
          onClick={() => go(withQuery(ROUTES.qaDetail, { id: entry.id }))}
        >
          <Span className='grow text-body'>{entry.question}</Span>
          <Span className='text-muted'>›</Span>
        </Action>
      ))}
    </Box>
  )
}
