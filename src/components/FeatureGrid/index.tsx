import { Action, Box, Span } from '../Markup'
import { go } from '@/services/nav'
import './index.css'

export interface Feature {
  title: string
  subtitle: string
  url: string
  /** A short glyph shown in the tile (kept as text: no icon font needed). */
  glyph: string
}

export interface FeatureGridProps {
  features: Feature[]
}

/** The home page's entry tiles: every feature of the app is one tap away. */
export function FeatureGrid({ features }: FeatureGridProps) {
  return (
    <Box className='feature-grid'>
      {features.map((f) => (
        <Action key={f.url} className='feature-tile' role='link' aria-label={`${f.title}：${f.subtitle}`} onClick={() => go(f.url)}>
          <Span className='feature-glyph'>{f.glyph}</Span>
          <Span className='feature-title'>{f.title}</Span>
          <Span className='feature-subtitle'>{f.subtitle}</Span>
        </Action>
      ))}
    </Box>
  )
}
