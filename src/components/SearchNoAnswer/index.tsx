import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BUREAU, SAMPLE_LABEL } from '@/config/bureau'
import { NATIONAL_HOTLINES } from '@/content/hotlines'
import { Action } from '../Markup'
import './index.css'

export interface SearchNoAnswerProps {
  /** What was typed, shown back to the citizen. */
  query: string
  /** Notes about the query itself (a law the app does not carry…), shown first. */
  notes?: string[]
  onOpenGuide: () => void
  onContactBureau: () => void
}

const HOTLINES = ['12345', '12348'] as const

function call(phone: string) {
  void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

/**
 * The honest screen when nothing scores well: no weak matches, but where to go next — the guide
 * map, the national 12345 / 12348 hotlines, and the bureau's own contact (sample values, labelled).
 */
export function SearchNoAnswer({ query, notes = [], onOpenGuide, onContactBureau }: SearchNoAnswerProps) {
  return (
    <View className='no-answer' role='status' aria-label={`没找到合适的答案：${query}`}>
      <View className='card no-answer-head'>
        <Text className='text-large no-answer-title'>没找到合适的答案</Text>
        <Text className='text-small no-answer-query'>您问的是：「{query}」</Text>
        {notes.map((n) => (
          <Text key={n} className='text-small no-answer-note'>
            {n}
          </Text>
        ))}
        <Text className='text-small no-answer-hint'>
          这个问题我们还没有收录合适的解答，已记下（不含您的个人信息）帮助我们改进。您可以换个说法再搜，或者：
        </Text>
      </View>
      <Action className='btn btn-primary no-answer-action' role='link' aria-label='打开依法信访引导图，按问题找到合适的渠道' onClick={onOpenGuide}>
        用引导图找对渠道
      </Action>
      <View className='card no-answer-lines'>
        {HOTLINES.map((phone) => (
          <Action key={phone} className='row-between no-answer-line' role='button' aria-label={`拨打${phone}${NATIONAL_HOTLINES[phone]}`} onClick={() => call(phone)}>
            <Text className='text-body'>
              {phone} {NATIONAL_HOTLINES[phone]}
            </Text>
            <Text className='link'>拨打</Text>
          </Action>
        ))}
        <Action className='row-between no-answer-line' role='link' aria-label={`联系${BUREAU.name}，电话${BUREAU.phone}`} onClick={onContactBureau}>
          <View className='no-answer-bureau'>
            <Text className='text-body'>
              {BUREAU.name} {BUREAU.phone}
            </Text>
            {BUREAU.isSample ? <Text className='text-small sample-label'>{SAMPLE_LABEL}</Text> : null}
          </View>
          <Text className='link'>联系方式</Text>
        </Action>
      </View>
    </View>
  )
}
