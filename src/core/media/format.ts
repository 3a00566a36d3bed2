/** How the app writes media times: durations the Chinese way, positions as a clock. */

/** 76.1 → 「1分16秒」, 45 → 「45秒」, 120 → 「2分钟」, 3725 → 「1小时2分5秒」. Rounded to the second. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return ''
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h === 0 && m === 0) return `${s}秒`
  if (h === 0 && s === 0) return `${m}分钟`
  const parts = [h ? `${h}小时` : '', m || h ? `${m}分` : '', s ? `${s}秒` : '']
  return parts.join('')
}

/** 65 → 「1:05」, 5 → 「0:05」, 3725 → 「1:02:05」. Whole seconds, rounded down (what a player shows). */
export function formatClock(seconds: number): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
