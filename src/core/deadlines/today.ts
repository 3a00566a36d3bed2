/**
 * Today's date in China (UTC+8, no daylight saving) as YYYY-MM-DD, from the device clock.
 * No Intl (the WeChat runtime has none) and independent of the device's own time zone.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function todayInChina(now: Date | number = Date.now()): string {
  const t = typeof now === 'number' ? now : now.getTime()
  const d = new Date(t + CHINA_OFFSET_MS)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
