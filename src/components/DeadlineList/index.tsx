import { Text, View } from '@tarojs/components'
import { formatDateCN } from '@/core/date'
import { daysRemaining, remainingLabel, type TimelineEntry } from '@/core/deadlines'
import { RefLinks } from '../RefLinks'
import './index.css'

export interface DeadlineListProps {
  entries: TimelineEntry[]
  /** Today as YYYY-MM-DD (China time), for 还剩 N 天 / 已过期. */
  today: string
  /** 计算依据, one paragraph per line, shown under the results. */
  basis?: string[]
}

const ACTOR_LABEL: Record<TimelineEntry['actor'], string> = {
  agency: '由办理机关在这天之前完成',
  you: '这是您自己的期限：要在这天之前办'
}

/** The statutory dates after a stage: date, days left, who must act, notes and what to do if it passes. */
export function DeadlineList({ entries, today, basis = [] }: DeadlineListProps) {
  return (
    <View className='deadline-list'>
      {entries.map((entry) => {
        // Your own period that ends on a rest day: the unshifted date is the safe one to act by
        // (the shift is 民法典第二百零三条 by analogy; the regulation has no counting rule).
        const safe = entry.actor === 'you' && entry.shiftedFrom ? entry.shiftedFrom : undefined
        const shown = safe ?? entry.date
        const days = daysRemaining(shown, today)
        const state = days < 0 ? 'overdue' : days <= 7 ? 'soon' : 'ok'
        return (
          <View key={entry.key} className={`deadline-item card deadline-${state}`} aria-label={`${entry.label}：${formatDateCN(shown)}，${remainingLabel(days)}`}>
            <Text className='deadline-label text-body'>{entry.label}</Text>
            <Text className='deadline-date text-title'>{formatDateCN(shown)}</Text>
            <View className='deadline-meta'>
              <Text className={`deadline-remaining deadline-remaining-${state} text-body`}>{remainingLabel(days)}</Text>
              {safe ? <Text className='deadline-badge text-small'>稳妥日期</Text> : entry.shiftedFrom ? <Text className='deadline-badge text-small'>已顺延</Text> : null}
              {entry.uncertain ? <Text className='deadline-badge text-small'>可能顺延</Text> : null}
            </View>
            <Text className={`deadline-actor deadline-actor-${entry.actor} text-body`}>{ACTOR_LABEL[entry.actor]}</Text>
            <Text className='deadline-basis-line text-small'>{entry.basis}</Text>
            <RefLinks refs={entry.refs} />
            {entry.notes.length ? (
              <View className='deadline-notes'>
                {entry.notes.map((note) => (
                  <Text key={note} className='deadline-note text-small'>
                    {note}
                  </Text>
                ))}
              </View>
            ) : null}
            <View className='deadline-missed'>
              <Text className='deadline-missed-title text-body'>{entry.actor === 'you' ? '您要做什么' : '到期没有答复怎么办'}</Text>
              <Text className='deadline-missed-text text-body'>{entry.ifMissed.text}</Text>
              <RefLinks refs={entry.ifMissed.refs} />
            </View>
          </View>
        )
      })}
      {basis.length ? (
        <View className='deadline-basis card' aria-label='计算依据'>
          <Text className='deadline-basis-title text-large'>计算依据</Text>
          {basis.map((line) => (
            <Text key={line} className='deadline-basis-text text-small'>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
