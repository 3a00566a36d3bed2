import { Text, View } from '@tarojs/components'
import { eventDate, kindLabel, relativeDayLabel, timeRange, whenLabel } from '@/core/calendar'
import { seatsLabel } from '@/core/events/status'
import type { PublicEvent } from '@/core/events/types'
import { ROUTES, withQuery } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '../Markup'
import './index.css'

export interface EventCardProps {
  event: PublicEvent
  /** Today (YYYY-MM-DD) for 「还剩 N 天」; omitted = no hint. */
  today?: string
  /** Show the date as well as the time (false inside a list already grouped by day). */
  showDate?: boolean
  /** Tap handler; defaults to opening the event's detail page. */
  onOpen?: (event: PublicEvent) => void
}

/** One session: kind badge, title, when, where, and seats left or its state. */
export function EventCard({ event, today = '', showDate = true, onOpen }: EventCardProps) {
  const when = showDate ? whenLabel(event) : timeRange(event)
  const seats = seatsLabel(event)
  const hint = today && (event.status === 'open' || event.status === 'full') ? relativeDayLabel(eventDate(event), today) : ''
  const open = () => (onOpen ? onOpen(event) : go(withQuery(ROUTES.eventDetail, { id: event.id })))
  return (
    <Action
      className={`card event-card event-${event.status}`}
      role='link'
      aria-label={`${kindLabel(event.kind)}：${event.title}，${when}，${event.venue}，${event.district}区，${seats}`}
      onClick={open}
    >
      <View className='row-between event-card-top'>
        <Text className={`kind-badge badge-${event.kind}`}>{kindLabel(event.kind)}</Text>
        <Text className={`event-seats seats-${event.status}`}>{seats}</Text>
      </View>
      <Text className='event-title'>{event.title}</Text>
      <View className='event-line'>
        <Text className='event-label'>时间</Text>
        <Text className='event-value'>{when}</Text>
      </View>
      <View className='event-line'>
        <Text className='event-label'>地点</Text>
        <Text className='event-value'>
          {event.venue}（{event.district}区）
        </Text>
      </View>
      {hint ? <Text className='event-hint text-small'>{hint}</Text> : null}
    </Action>
  )
}
