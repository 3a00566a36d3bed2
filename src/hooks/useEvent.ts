import { useCallback, useEffect, useState } from 'react'
import { ApiError, messageOf } from '../core/api/client'
import type { PublicEvent } from '../core/events/types'
import { getEvent } from '../services/events'

/** `missing`: no such event (404 or no id), so retrying cannot help; the page offers the calendar instead. */
export type EventData = { kind: 'loading' } | { kind: 'error'; message: string; missing: boolean } | { kind: 'ready'; event: PublicEvent }

/** Loads one event by id for the detail and sign-up pages; `reload` retries after an error. */
export function useEvent(id: string): { data: EventData; reload: () => void } {
  const [data, setData] = useState<EventData>({ kind: 'loading' })
  const load = useCallback(async () => {
    if (!id) return setData({ kind: 'error', message: '缺少活动编号，请从活动日历重新进入', missing: true })
    setData({ kind: 'loading' })
    try {
      setData({ kind: 'ready', event: await getEvent(id) })
    } catch (e) {
      setData({ kind: 'error', message: messageOf(e), missing: e instanceof ApiError && e.status === 404 })
    }
  }, [id])
  useEffect(() => {
    void load()
  }, [load])
  return { data, reload: () => void load() }
}
