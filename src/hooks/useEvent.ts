import { useCallback, useEffect, useState } from 'react'
import { messageOf } from '../core/api/client'
import type { PublicEvent } from '../core/events/types'
import { getEvent } from '../services/events'

export type EventData = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; event: PublicEvent }

/** Loads one event by id for the detail and sign-up pages; `reload` retries after an error. */
export function useEvent(id: string): { data: EventData; reload: () => void } {
  const [data, setData] = useState<EventData>({ kind: 'loading' })
  const load = useCallback(async () => {
    if (!id) return setData({ kind: 'error', message: '缺少活动编号，请从活动日历重新进入' })
    setData({ kind: 'loading' })
    try {
      setData({ kind: 'ready', event: await getEvent(id) })
    } catch (e) {
      setData({ kind: 'error', message: messageOf(e) })
    }
  }, [id])
  useEffect(() => {
    void load()
  }, [load])
  return { data, reload: () => void load() }
}
