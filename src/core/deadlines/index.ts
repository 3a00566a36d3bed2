/** Deadline calculator (期限计算): pure, dayjs only; no Taro, no Intl APIs (WeChat has none). */
export * from './types'
export { STAGES, STAGE_KEYS, stageDef } from './stages'
export {
  addDays,
  countCalendarDays,
  countWorkdays,
  isIsoDate,
  isRestDay,
  isVerifiedYear,
  isWorkday,
  holidayName
} from './calendar'
export {
  DEADLINE_BASIS,
  DeadlineError,
  computeTimeline,
  daysRemaining,
  deadlineBasis,
  formatDateCN,
  isStage,
  plainTimeline,
  remainingLabel,
  timeline,
  validateInput
} from './timeline'
export type { TimelineOptions, TimelineResult } from './timeline'
export { todayInChina } from './today'
export { normalizeDateInput } from './input'
