import { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { MySignup } from '../core/events/types'
import { mySignups } from '../services/events'

/**
 * The caller's live (not cancelled) sign-up for one event, refreshed each time the page shows,
 * so coming back from the sign-up form says 「您已报名」 instead of offering the form again.
 * Without a session, or offline, it is simply null: the page still works.
 */
export function useMySignup(eventId: string, onShow?: () => void): MySignup | null {
  const [mine, setMine] = useState<MySignup | null>(null)
  const shownBefore = useRef(false)
  const load = useCallback(async () => {
    try {
      const list = await mySignups()
      setMine(list.find((s) => s.event?.id === eventId && s.status !== 'cancelled') ?? null)
    } catch {
      setMine(null)
    }
  }, [eventId])
  useDidShow(() => {
    void load()
    // The first show is the page's own load; later ones (back from the form) refresh the seats.
    if (shownBefore.current) onShow?.()
    shownBefore.current = true
  })
  return mine
}
