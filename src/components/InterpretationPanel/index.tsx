import { Text, View } from '@tarojs/components'
import type { Interpretation } from '@/core/content/types'
import { RefLinks } from '../RefLinks'
import './index.css'

export interface InterpretationPanelProps {
  interpretation: Interpretation
  title?: string
}

/** Our plain-language reading of one article: what it means, what to do, any deadline. */
export function InterpretationPanel({ interpretation, title = '解读' }: InterpretationPanelProps) {
  const { meaning, whatToDo, deadline, refs } = interpretation
  return (
    <View className='interpretation card' aria-label={title}>
      <Text className='text-title interpretation-title'>{title}</Text>
      <Text className='interpretation-label bold'>这条说的是</Text>
      <View className='interpretation-meaning'>{meaning}</View>
      <Text className='interpretation-label bold'>怎么做</Text>
      {whatToDo.map((step, i) => (
        <View key={i} className='row interpretation-step'>
          <Text className='interpretation-step-no'>{i + 1}</Text>
          <View className='grow'>{step}</View>
        </View>
      ))}
      {deadline ? (
        <>
          <Text className='interpretation-label bold'>期限</Text>
          <View className='interpretation-deadline'>{deadline}</View>
        </>
      ) : null}
      <RefLinks refs={refs} label='相关条文' />
      <View className='text-small interpretation-note'>解读是我们用平常话作的说明，不是法律意见；以条文原文为准。</View>
    </View>
  )
}
