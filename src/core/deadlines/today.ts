import { beijingDate } from '../events/time'

/**
 * Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD, from the device clock.
 * No Intl (the WeChat runtime has none) and independent of the device's own time zone.
 */
export function todayInChina(now: Date | number = Date.now()): string {
  return beijingDate(now)
}
