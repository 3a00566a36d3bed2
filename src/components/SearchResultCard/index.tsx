import { Text, View } from '@tarojs/components'
import { splitByRanges } from '@/core/search/highlight'
import { KIND_LABELS } from '@/core/qa/targets'
import type { MatchRange, SearchDocType } from '@/core/search/types'
import { Action } from '../Markup'
import './index.css'

export interface HighlightTextProps {
  text: string
  ranges?: MatchRange[]
  className?: string
}

/** Text with its matched stretches marked (Text spans with className 'highlight'). */
export function HighlightText({ text, ranges = [], className = '' }: HighlightTextProps) {
  return (
    <Text className={className}>
      {splitByRanges(text, ranges).map((part, i) =>
        part.hit ? (
          <Text key={i} className='highlight'>
            {part.text}
          </Text>
        ) : (
          part.text
        )
      )}
    </Text>
  )
}

export interface SearchResultCardProps {
  /** 问答 / 条文 / 图解 / 引导 badge. */
  kind: SearchDocType
  title: string
  /** Ranges to highlight in the title. */
  titleRanges?: MatchRange[]
  /** A short excerpt under the title (empty: none). */
  snippet?: string
  /** Ranges to highlight in the snippet. */
  ranges?: MatchRange[]
  /** A small line at the bottom, e.g. 「依据 第三十五条」. */
  meta?: string
  onOpen?: () => void
}

/** One search result (or listed question): kind badge, title, snippet with the matched words marked. */
export function SearchResultCard({ kind, title, titleRanges = [], snippet = '', ranges = [], meta = '', onOpen }: SearchResultCardProps) {
  const kindLabel = KIND_LABELS[kind]
  return (
    <Action
      className={`card result-card result-${kind}`}
      role='link'
      aria-label={`${kindLabel}：${title}`}
      onClick={() => onOpen?.()}
    >
      <View className='result-head'>
        <Text className={`result-badge badge-${kind}`}>{kindLabel}</Text>
        <HighlightText className='result-title' text={title} ranges={titleRanges} />
      </View>
      {snippet ? <HighlightText className='result-snippet' text={snippet} ranges={ranges} /> : null}
      {meta ? <Text className='result-meta'>{meta}</Text> : null}
    </Action>
  )
}
