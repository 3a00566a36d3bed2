import { Text, View } from '@tarojs/components'
import { go } from '@/services/nav'

export interface SectionTitleProps {
  title: string
  /** Optional "more" link on the right. */
  moreUrl?: string
  moreLabel?: string
}

export function SectionTitle({ title, moreUrl, moreLabel = '更多' }: SectionTitleProps) {
  return (
    <View className='row-between section-title'>
      <Text>{title}</Text>
      {moreUrl ? (
        <View className='text-small link section-more' role='link' aria-label={`${title}，${moreLabel}`} onClick={() => go(moreUrl)}>
          {moreLabel} ›
        </View>
      ) : null}
    </View>
  )
}
