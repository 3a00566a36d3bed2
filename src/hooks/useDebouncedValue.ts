import { useEffect, useState } from 'react'

/**
 * `value`, settled: it follows `value` once that has stopped changing for `ms`, and at once when it
 * becomes empty. The 问答 search uses it so a keystroke only updates the input (a tiny setData)
 * and the result list re-renders once per pause, not per character.
 */
export function useDebouncedValue<T>(value: T, ms: number, immediate: (v: T) => boolean = (v) => v === ''): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (immediate(value)) {
      setSettled(value)
      return undefined
    }
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms, immediate])
  return settled
}
