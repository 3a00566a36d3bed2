import type { ArticleRef } from '../law/types'

/** One year of the State Council's holiday notice. Dates are YYYY-MM-DD. */
export interface HolidayYear {
  year: number
  /** true only when every date was checked against the published notice named in `source`. */
  verified: boolean
  /** The notice the dates come from. */
  source: string
  /** Rest ranges as announced (inclusive), weekends inside them included. */
  holidays: { name: string; from: string; to: string }[]
  /** Adjusted workdays (调休上班日): weekend days that are working days. */
  workdays: string[]
}

export interface HolidayCalendar {
  years: HolidayYear[]
}

/** The stage the citizen is at; the date entered is the day that stage happened. */
export const STAGE_KEYS = [
  'submitted',
  'transferred',
  'accepted',
  'reply-received',
  'review-requested',
  'review-received',
  'recheck-requested'
] as const
export type DeadlineStage = (typeof STAGE_KEYS)[number]

/** A statement with its articles (same shape as the guide's). */
export interface CitedText {
  text: string
  refs: ArticleRef[]
}

export interface PeriodDef {
  key: string
  /** What the date is, e.g. 「办结期限」. */
  label: string
  /** Length of the period. */
  length: number
  /** 'day': calendar days (日); 'workday': 工作日. */
  unit: 'day' | 'workday'
  /** Who must act by the date: the agency, or you. */
  actor: 'agency' | 'you'
  refs: ArticleRef[]
  /** One sentence: the rule behind the date, e.g. 「自受理之日起60日内办结」. */
  basis: string
  /** What to do when the date passes without an answer (or what the date means for you). */
  ifMissed: CitedText
  /** An extra remark always shown (e.g. hearing time not counted). */
  remark?: string
}

export interface StageDef {
  key: DeadlineStage
  /** For the stage picker: 「我的信访事项已被受理」. */
  label: string
  /** What date to enter: 「受理之日」. */
  dateLabel: string
  /** One line of help for the date field. */
  hint: string
  refs: ArticleRef[]
  periods: PeriodDef[]
}

export interface TimelineEntry {
  key: string
  label: string
  /** The last day of the period, YYYY-MM-DD (already moved past a rest day where the law says so). */
  date: string
  refs: ArticleRef[]
  /** The rule behind this date. */
  basis: string
  actor: 'agency' | 'you'
  length: number
  unit: 'day' | 'workday'
  /** Set when the plain count ended on a rest day and the date moved (民法典第二百零三条). */
  shiftedFrom?: string
  /** True when the date may move because a year's holidays are not in the verified calendar. */
  uncertain?: boolean
  /** Chinese notes for the screen (shift, uncertainty, remarks). */
  notes: string[]
  ifMissed: CitedText
}

export type DeadlineErrorCode = 'BAD_DATE' | 'BAD_STAGE'

export interface DeadlineErrorInfo {
  code: DeadlineErrorCode
  /** Chinese, for the screen. */
  message: string
  /** English, for logs and the CLI. */
  messageEn: string
}

/**
 * What the calculator counts with: the stages and their statutory periods (src/content) and the
 * holiday calendar (src/content/holidays.ts). Passed in so core holds only the counting rules.
 */
export interface DeadlineRules {
  stages: StageDef[]
  calendar: HolidayCalendar
}
