import { Text, View } from '@tarojs/components'
import { formatRef } from '../../core/law/refs'
import type { ArticleRef } from '../../core/law/types'
import { articleRoute } from '../../routes'
import { go } from '../../services/nav'
import './index.css'

export interface RefLinksProps {
  refs: ArticleRef[]
  /** Label before the list, e.g. 「依据」. */
  label?: string
}

/** Tappable citations: 第三十五条 → the reader at that article. */
export function RefLinks({ refs, label = '依据' }: RefLinksProps) {
  if (!refs.length) return null
  return (
    <View className='ref-links row wrap'>
      <Text className='text-small ref-label'>{label}：</Text>
      {refs.map((ref) => {
        const text = formatRef(ref)
        return (
          <View
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
          </View>
        )
      })}
    </View>
  )
}
