import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Action } from '../Markup'
import './index.css'

export interface HelpfulAskProps {
  /** Called once with the citizen's answer. */
  onAnswer: (helpful: boolean) => void
  /** What is being asked about, for screen readers: 「这条解答」「这些搜索结果」. */
  subject?: string
}

/** 「有帮助吗？」 with 有帮助 / 没有帮助; after an answer, a thank-you (and what else to try). */
export function HelpfulAsk({ onAnswer, subject = '这条解答' }: HelpfulAskProps) {
  const [answer, setAnswer] = useState<boolean | null>(null)
  const pick = (helpful: boolean) => {
    if (answer !== null) return
    setAnswer(helpful)
    onAnswer(helpful)
  }
  if (answer !== null) {
    return (
      <View className='helpful helpful-done' role='status'>
        <Text className='text-small'>
          {answer ? '谢谢反馈！' : '谢谢反馈，已记下（不含您的个人信息），我们会补充。也可以换个说法再搜，或拨打12348公共法律服务热线咨询。'}
        </Text>
      </View>
    )
  }
  return (
    <View className='helpful row' aria-label={`${subject}有帮助吗？`}>
      <Text className='text-small helpful-q'>有帮助吗？</Text>
      <Action className='chip helpful-btn' role='button' aria-label={`${subject}有帮助`} onClick={() => pick(true)}>
        有帮助
      </Action>
      <Action className='chip helpful-btn' role='button' aria-label={`${subject}没有帮助`} onClick={() => pick(false)}>
        没有帮助
      </Action>
    </View>
  )
}
