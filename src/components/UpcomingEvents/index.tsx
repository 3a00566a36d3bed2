import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { messageOf } from '@/core/api/client'
// The cards' styles ahead of StateView's, as when this module imported EventCard itself: WeChat's
// shared stylesheet keeps its order (and mini-css-extract has no two orders to choose between).
import '../EventCard/index.css'
import { StateView } from '../StateView'
import type { UpcomingList, UpcomingLoad } from './list'

// The list's code (the events client with Taro.request and, on H5, its fetch polyfills; the
// calendar and date code with dayjs; the event cards) is asked for only when the list loads: H5
// fetches it as a chunk of its own, so the home page's first frame, which shows the loading state,
// neither waits for it nor runs it. `webpackPreload` starts that download as soon as the page's own
// chunk is asked for, so the list does not wait for it either. A mini-program cannot load chunks,
// so there it stays in the bundle (the condition is a build-time constant).
const loadList = () =>
  process.env.TARO_ENV === 'h5' ? import(/* webpackPreload: true */ './list') : import(/* webpackMode: "eager" */ './list')

export interface UpcomingEventsProps {
  /** How many sessions to show. */
  limit?: number
  /** How far ahead to look, in days. */
  days?: number
}

type Load = { state: 'loading' } | Exclude<UpcomingLoad, { state: 'ready' }> | (Extract<UpcomingLoad, { state: 'ready' }> & { List: typeof UpcomingList })

/** The next few open sessions, for the home page; refreshed whenever the page is shown. */
export function UpcomingEvents({ limit = 3, days = 60 }: UpcomingEventsProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const refresh = useCallback(() => {
    loadList()
      .then(({ loadUpcoming, UpcomingList: List }) => loadUpcoming(limit, days).then((result): Load => (result.state === 'ready' ? { ...result, List } : result)))
      .then(setLoad, (e) => setLoad({ state: 'error', message: messageOf(e) }))
  }, [days, limit])
  useDidShow(refresh)

  if (load.state === 'loading') return <StateView kind='loading' title='正在加载近期活动…' />
  if (load.state === 'error') return <StateView kind='error' title='近期活动暂时加载不了' hint={load.message} actionLabel='重新加载' onAction={refresh} />
  if (!load.events.length) return <StateView kind='empty' title='近期还没有安排活动' hint='信访部门发布新的宣讲和律师值班后会显示在这里。' />
  return <load.List events={load.events} offline={load.offline} today={load.today} />
}
