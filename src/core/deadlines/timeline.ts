import { citedArticles } from '../law/citations'
import { diffDays, formatDateCN } from '../date'
import { countCalendarDays, countWorkdays, isIsoDate, MAX_YEAR, MIN_YEAR, restReason } from './calendar'
import { STAGE_KEYS, type DeadlineErrorCode, type DeadlineErrorInfo, type DeadlineRules, type DeadlineStage, type HolidayCalendar, type StageDef, type TimelineEntry } from './types'

export class DeadlineError extends Error implements DeadlineErrorInfo {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
    readonly messageEn: string
  ) {
    super(message)
    this.name = 'DeadlineError'
  }

  toJSON(): DeadlineErrorInfo {
    return { code: this.code, message: this.message, messageEn: this.messageEn }
  }
}

function badDate(value: unknown): DeadlineError {
  const shown = typeof value === 'string' ? value : String(value)
  return new DeadlineError(
    'BAD_DATE',
    `日期「${shown}」不对，请按“年-月-日”填写一个真实存在的日期，例如 2026-06-01（可计算 ${MIN_YEAR}–${MAX_YEAR} 年）。`,
    `invalid date "${shown}": expected a real date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`
  )
}

function badStage(value: unknown): DeadlineError {
  const shown = typeof value === 'string' ? value : String(value)
  return new DeadlineError(
    'BAD_STAGE',
    `没有「${shown}」这个阶段，可选：${STAGE_KEYS.join('、')}。`,
    `unknown stage "${shown}": expected one of ${STAGE_KEYS.join(', ')}`
  )
}

export function isStage(value: unknown): value is DeadlineStage {
  return typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value)
}

/** Checks a stage and date; returns the first problem, or null when both are usable. */
export function validateInput(stage: unknown, dateISO: unknown): DeadlineErrorInfo | null {
  if (!isStage(stage)) return badStage(stage).toJSON()
  if (!isIsoDate(dateISO)) return badDate(dateISO).toJSON()
  return null
}

/** Days from today to the target: positive = days left, 0 = due today, negative = days overdue. */
export function daysRemaining(targetISO: string, todayISO: string): number {
  if (!isIsoDate(targetISO)) throw badDate(targetISO)
  if (!isIsoDate(todayISO)) throw badDate(todayISO)
  return diffDays(targetISO, todayISO)
}

/** 「还剩 12 天」, 「今天到期」, 「已过期 3 天」. */
export function remainingLabel(days: number): string {
  if (days > 0) return `还剩 ${days} 天`
  if (days === 0) return '今天到期'
  return `已过期 ${-days} 天`
}

export interface TimelineOptions {
  /**
   * Whether a period ending on a Saturday or Sunday moves to the next working day. Default true:
   * 法定休假日 in 民法典第二百零三条 is read as weekends plus public holidays (the reading the old
   * 民法通则意见第198条 spelled out with 「星期日或者其他法定休假日」). false: public holidays only.
   */
  shiftOverWeekends?: boolean
}

function unverifiedNote(years: number[]): string {
  return `${years.join('、')}年的节假日安排本程序尚未核实：如果到期日前后遇到法定节假日或调休，实际到期日可能顺延，请以国务院办公厅公布的放假安排为准。`
}

/**
 * Every statutory date that follows a stage, counted with `rules` (stages and holiday calendar,
 * from src/content/deadline-stages.ts). `dateISO` is the day the stage happened (YYYY-MM-DD).
 * Throws DeadlineError (BAD_STAGE, BAD_DATE). Entries are in the order the law sets them.
 */
export function timeline(rules: DeadlineRules, stage: DeadlineStage | string, dateISO: string, options: TimelineOptions = {}): TimelineEntry[] {
  const def = rules.stages.find((s) => s.key === stage)
  if (!def) throw badStage(stage)
  if (!isIsoDate(dateISO)) throw badDate(dateISO)
  const { calendar } = rules
  return def.periods.map((p) => {
    const counted =
      p.unit === 'workday'
        ? countWorkdays(calendar, dateISO, p.length)
        : countCalendarDays(calendar, dateISO, p.length, { shiftOverWeekends: options.shiftOverWeekends })
    const notes: string[] = []
    if (counted.shiftedFrom) {
      // The regulation has no counting rule of its own: the shift is 民法典第二百零三条 by analogy.
      const plain = `按日数算到${formatDateCN(counted.shiftedFrom)}，这天是${restReason(calendar, counted.shiftedFrom)}。`
      notes.push(
        p.actor === 'you'
          ? `${plain}《信访工作条例》没有规定期间怎么计算，参照《民法典》第二百零三条可以顺延到${formatDateCN(counted.date)}；稳妥起见，请在${formatDateCN(counted.shiftedFrom)}之前办。`
          : `${plain}《信访工作条例》没有规定期间怎么计算，参照《民法典》第二百零三条顺延到休假日结束后的第一天。`
      )
    }
    if (counted.unverifiedYears.length) notes.push(unverifiedNote(counted.unverifiedYears))
    if (p.remark) notes.push(p.remark)
    const entry: TimelineEntry = {
      key: p.key,
      label: p.label,
      date: counted.date,
      refs: p.refs,
      basis: p.basis,
      actor: p.actor,
      length: p.length,
      unit: p.unit,
      notes,
      ifMissed: p.ifMissed
    }
    if (counted.shiftedFrom) entry.shiftedFrom = counted.shiftedFrom
    if (counted.unverifiedYears.length) entry.uncertain = true
    return entry
  })
}

export type TimelineResult =
  | { ok: true; stage: StageDef; entries: TimelineEntry[]; basis: string[] }
  | { ok: false; error: DeadlineErrorInfo }

/** Same as timeline() but never throws: what a page calls with raw form input. */
export function computeTimeline(rules: DeadlineRules, stage: unknown, dateISO: unknown, options: TimelineOptions = {}): TimelineResult {
  const problem = validateInput(stage, dateISO)
  if (problem) return { ok: false, error: problem }
  const def = rules.stages.find((s) => s.key === stage)
  if (!def) return { ok: false, error: badStage(stage).toJSON() }
  return {
    ok: true,
    stage: def,
    entries: timeline(rules, def.key, dateISO as string, options),
    basis: deadlineBasis(rules.calendar, options)
  }
}

/**
 * The CLI / export shape: `{ key, label, date, refs: [{ law, article }] }` (articles deduplicated).
 * When the counted last day is a rest day, `date` is the day the period really ends (民法典第二百零三条)
 * and `shiftedFrom` keeps the plain count, so a reader can see both.
 */
export function plainTimeline(
  entries: TimelineEntry[]
): { key: string; label: string; date: string; shiftedFrom?: string; refs: { law: string; article: number }[] }[] {
  return entries.map((e) => ({ key: e.key, label: e.label, date: e.date, ...(e.shiftedFrom ? { shiftedFrom: e.shiftedFrom } : {}), refs: citedArticles(e.refs) }))
}


/** 计算依据, line by line, naming the holiday notices the calendar holds. */
export function deadlineBasis(calendar: HolidayCalendar, options: { shiftOverWeekends?: boolean } = {}): string[] {
  const weekends = options.shiftOverWeekends ?? true
  const verified = calendar.years.filter((y) => y.verified)
  const sources = verified.length ? verified.map((y) => `《${y.source.replace(/（.*$/, '')}》`).join('、') : '（无）'
  const years = verified.map((y) => y.year).join('、')
  return [
    '按日计算的期间，开始的当天不算，从第二天起算（参照《民法典》第二百零一条）。例如2026年6月1日受理，60日的办结期限到2026年7月31日。',
    `期间的最后一天是法定休假日（${weekends ? '周六、周日和国家法定节假日，调休上班的日子除外' : '国家法定节假日'}）的，以休假日结束后的第一天为最后一天（参照《民法典》第二百零三条第一款）；最后一天到24时为止，有办公时间的，到停止办公时为止（第二百零三条第二款）。`,
    '按“工作日”计算的期间（如《信访工作条例》第二十三条第三款的5个工作日），不算周六、周日和法定节假日，调休上班的日子算工作日。',
    `节假日和调休上班日依据${sources}${years ? `，已核实${years}年` : ''}；其他年份的节假日尚未核实，落在这些年份的日期会标明“可能顺延”。`,
    '日期仅供参考：“收到”之日以实际签收、送达为准，具体以有关机关的书面告知和法律文书为准。'
  ]
}
