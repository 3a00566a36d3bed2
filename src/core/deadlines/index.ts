/** Deadline calculator (期限计算): pure, dayjs only; no Taro, no Intl APIs (WeChat has none). */
export * from './types'
export {
  countCalendarDays,
  countWorkdays,
  isIsoDate,
  isRestDay,
  isVerifiedYear,
  isWorkday,
  holidayName
} from './calendar'
export {
  DeadlineError,
  computeTimeline,
  daysRemaining,
  deadlineBasis,
  isStage,
  plainTimeline,
  remainingLabel,
  timeline,
  validateInput
} from './timeline'
export type { TimelineOptions, TimelineResult } from './timeline'
export { normalizeDateInput } from './input'
