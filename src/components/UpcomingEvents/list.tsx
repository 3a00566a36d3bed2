import { View } from '@tarojs/components'
import { messageOf } from '@/core/api/client'
import { upcomingEvents } from '@/core/calendar'
import { addDays, beijingDate } from '@/core/date'
import type { PublicEvent } from '@/core/events/types'
import { listEvents } from '@/services/events'
import { EventCard } from '../EventCard'

/**
 * What the home page's upcoming-events list needs once it loads: the events client, the calendar
 * and date code (dayjs), the cards. On H5 this module is a chunk of its own (./index.tsx), so
 * the home page's first frame, which shows only the list's loading state, neither waits for nor
 * runs any of it.
 */
export type UpcomingLoad = { state: 'ready'; events: PublicEvent[]; offline: boolean; today: string } | { state: 'error'; message: string }

/** The next `limit` sessions a citizen can still join (open, or full with a waitlist) within `days`. */
export async function loadUpcoming(limit: number, days: number): Promise<UpcomingLoad> {
  const today = beijingDate(Date.now())
  try {
    const list = await listEvents(today, addDays(today, days))
    const joinable = upcomingEvents(list.events, today).filter((e) => e.status === 'open' || e.status === 'full')
    return { state: 'ready', events: joinable.slice(0, limit), offline: list.offline, today }
  } catch (e) {
    return { state: 'error', message: messageOf(e) }
  }
}

export function UpcomingList({ events, offline, today }: { events: PublicEvent[]; offline: boolean; today: string }) {
  return (
    <View className='upcoming-events'>
      {offline ? <View className='notice'>网络不通，以下是上次加载的活动，可能已有变化。</View> : null}
      {events.map((event) => (
        <EventCard key={event.id} event={event} today={today} />
      ))}
    </View>
  )
}
