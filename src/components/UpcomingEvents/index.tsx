import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { messageOf } from '@/core/api/client'
import { upcomingEvents } from '@/core/calendar'
import { addDays, beijingDate } from '@/core/date'
import type { PublicEvent } from '@/core/events/types'
import { EventCard } from '../EventCard'
import { StateView } from '../StateView'

// The events client (the API client, Taro.request and, on H5, its fetch polyfills) is asked for
// only when the list loads: H5 fetches it as a chunk of its own, so the home page's first frame
// neither waits for it nor runs it. `webpackPreload` starts that download as soon as the page's own
// chunk is asked for, so the list does not wait for it either. A mini-program cannot load chunks,
// so there it stays in the bundle (the condition is a build-time constant).
const loadEventsClient = () =>
  process.env.TARO_ENV === 'h5'
    ? import(/* webpackPreload: true */ '@/services/events')
    : import(/* webpackMode: "eager" */ '@/services/events')

export interface UpcomingEventsProps {
  /** How many sessions to show. */
  limit?: number
  /** How far ahead to look, in days. */
  days?: number
}

type Load = { state: 'loading' } | { state: 'ready'; events: PublicEvent[]; offline: boolean } | { state: 'error'; message: string }

/** The next few open sessions, for the home page; refreshed whenever the page is shown. */
export function UpcomingEvents({ limit = 3, days = 60 }: UpcomingEventsProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const today = beijingDate(Date.now())
  const refresh = useCallback(() => {
    loadEventsClient()
      .then(({ listEvents }) => listEvents(today, addDays(today, days)))
      .then(
        (list) => {
          // Only sessions a citizen can still join (open, or full with a waitlist).
          const joinable = upcomingEvents(list.events, today).filter((e) => e.status === 'open' || e.status === 'full')
          setLoad({ state: 'ready', events: joinable.slice(0, limit), offline: list.offline })
        },
        (e) => setLoad({ state: 'error', message: messageOf(e) })
      )
  }, [today, days, limit])
  useDidShow(refresh)

  if (load.state === 'loading') return <StateView kind='loading' title='正在加载近期活动…' />
  if (load.state === 'error') return <StateView kind='error' title='近期活动暂时加载不了' hint={load.message} actionLabel='重新加载' onAction={refresh} />
  if (!load.events.length) return <StateView kind='empty' title='近期还没有安排活动' hint='信访部门发布新的宣讲和律师值班后会显示在这里。' />
  return (
    <View className='upcoming-events'>
      {load.offline ? <View className='notice'>网络不通，以下是上次加载的活动，可能已有变化。</View> : null}
      {load.events.map((event) => (
        <EventCard key={event.id} event={event} today={today} />
      ))}
    </View>
  )
}
