import { Text, View } from '@tarojs/components'
import { citationLabel, isCarried, uniqueRefs } from '@/core/law/citations'
import type { ArticleRef } from '@/core/law/types'
import { articleRoute } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '../Markup'
import './index.css'

export interface RefLinksProps {
  refs: ArticleRef[]
  /** Label before the list, e.g. 「依据」. */
  label?: string
  /** Name the law on every citation (default: only when the list cites a law besides 《信访工作条例》). */
  withLaw?: boolean
}

/**
 * The citations, each once: an article the reader carries is a link to it; a supporting law's
 * article (民事诉讼法第二百一十六条) is plain text, since the app has no page for it.
 */
export function RefLinks({ refs, label = '依据', withLaw }: RefLinksProps) {
  if (!refs.length) return null
  return (
    <View className='ref-links row wrap'>
      <Text className='text-small ref-label'>{label}：</Text>
      {uniqueRefs(refs).map((ref) => {
        const text = citationLabel(ref, refs, { withLaw })
        if (!isCarried(ref)) {
          return (
            <Text key={text} className='ref-plain text-small'>
              {text}
            </Text>
          )
        }
        return (
          <Action
            key={text}
            className='ref-link text-small'
            role='link'
            aria-label={`查看${text}`}
            onClick={(e) => {
              e.stopPropagation?.()
              go(articleRoute(ref))
            }}
          >
            {text}
          </Action>
        )
      })}
    </View>
  )
}
