import { Text, View } from '@tarojs/components'
import { hotQuestions } from '../../content/hot-questions'
import { ROUTES, withQuery } from '../../routes'
import { go } from '../../services/nav'
import './index.css'

export interface HotQuestionsProps {
  limit?: number
}

/** A few questions citizens ask most, each opening its answer. */
export function HotQuestions({ limit = 4 }: HotQuestionsProps) {
  return (
    <View className='card hot-questions'>
      {hotQuestions(limit).map((entry) => (
        <View
          key={entry.id}
          className='hot-question row-between'
          role='link'
          aria-label={`问题：${entry.question}`}
          onClick={() => go(withQuery(ROUTES.qaDetail, { id: entry.id }))}
        >
          <Text className='grow text-body'>{entry.question}</Text>
          <Text className='text-muted'>›</Text>
        </View>
      ))}
    </View>
  )
}
