import { HOLIDAYS } from '../../../src/content/holidays'
import { DEADLINE_BASIS, DEADLINE_RULES, STAGES } from '../../../src/content/deadline-stages'
import {
  DeadlineError,
  STAGE_KEYS,
  computeTimeline as computeWith,
  countCalendarDays,
  countWorkdays,
  daysRemaining,
  isIsoDate,
  isRestDay,
  plainTimeline,
  remainingLabel,
  timeline as timelineWith,
  validateInput
} from '../../../src/core/deadlines'
import type { HolidayCalendar, TimelineOptions } from '../../../src/core/deadlines'
import { citationProblem } from '../../../src/core/law/citations'

// The calculator with this app's stages and holiday calendar, as the deadline page and CLI use it.
const timeline = (stage: string, date: string, options?: TimelineOptions) => timelineWith(DEADLINE_RULES, stage, date, options)
const computeTimeline = (stage: unknown, date: unknown) => computeWith(DEADLINE_RULES, stage, date)
import { lookup } from '../guide/law-lookup'

const dates = (stage: string, date: string) => Object.fromEntries(timeline(stage, date).map((e) => [e.key, e.date]))
const entry = (stage: string, date: string, key: string) => timeline(stage, date).find((e) => e.key === key)!

describe('every stage', () => {
  it('offers the stages the issue names', () => {
    expect(STAGE_KEYS).toEqual(['submitted', 'transferred', 'accepted', 'reply-received', 'review-requested', 'review-received', 'recheck-requested'])
    expect(STAGES.map((s) => s.key)).toEqual([...STAGE_KEYS])
  })

  it('accepted → handled +60, extended +90', () => {
    expect(dates('accepted', '2026-06-01')).toEqual({ handled: '2026-07-31', extended: '2026-08-31' })
    const handled = entry('accepted', '2026-06-01', 'handled')
    expect(handled.refs).toEqual([{ law: '信访工作条例', article: 34 }])
    expect(handled.shiftedFrom).toBeUndefined()
    expect(handled.uncertain).toBeUndefined()
    // +90 is Sunday 2026-08-30: the period ends on Monday (民法典第二百零三条) …
    expect(entry('accepted', '2026-06-01', 'extended').shiftedFrom).toBe('2026-08-30')
    // … unless only public holidays are to move the date.
    expect(timeline('accepted', '2026-06-01', { shiftOverWeekends: false }).map((e) => e.date)).toEqual(['2026-07-31', '2026-08-30'])
    expect(dates('accepted', '2025-03-03')).toEqual({ handled: '2025-05-06', extended: '2025-06-03' })
  })

  it('reply-received → review-request +30', () => {
    expect(dates('reply-received', '2026-03-10')).toEqual({ 'review-request': '2026-04-09' })
    expect(entry('reply-received', '2026-03-10', 'review-request').actor).toBe('you')
  })

  it('review-requested → review-reply +30', () => {
    expect(dates('review-requested', '2026-03-10')).toEqual({ 'review-reply': '2026-04-09' })
    expect(entry('review-requested', '2026-03-10', 'review-reply').refs).toEqual([{ law: '信访工作条例', article: 35 }])
  })

  it('review-received → recheck-request +30', () => {
    expect(dates('review-received', '2026-07-01')).toEqual({ 'recheck-request': '2026-07-31' })
  })

  it('recheck-requested → recheck-reply +30, hearing time not counted', () => {
    const e = entry('recheck-requested', '2026-07-01', 'recheck-reply')
    expect(e.date).toBe('2026-07-31')
    expect(e.notes.join()).toMatch(/听证/)
    expect(e.refs).toContainEqual({ law: '信访工作条例', article: 36, paragraph: 2 })
  })

  it('submitted → transfer and written notice within 15 days', () => {
    expect(dates('submitted', '2026-03-02')).toEqual({ transfer: '2026-03-17', notice: '2026-03-17' })
  })

  it('transferred → objection within 5 working days, notice within 15 days', () => {
    expect(dates('transferred', '2026-03-02')).toEqual({ objection: '2026-03-09', notice: '2026-03-17' })
    expect(entry('transferred', '2026-03-02', 'objection').unit).toBe('workday')
  })

  it('says what to do when each date passes, citing existing articles', () => {
    for (const stage of STAGES) {
      for (const e of timeline(stage.key, '2026-03-02')) {
        expect(e.ifMissed.text.length).toBeGreaterThan(5)
        for (const r of [...e.refs, ...e.ifMissed.refs, ...stage.refs]) expect([e.key, r, citationProblem(r, lookup)]).toEqual([e.key, r, null])
        if (e.actor === 'agency' && e.key !== 'objection') expect(e.ifMissed.refs.some((r) => r.article === 44 || r.article === 45 || r.article === 43)).toBe(true)
      }
    }
    expect(entry('accepted', '2026-06-01', 'handled').ifMissed.refs).toContainEqual({ law: '信访工作条例', article: 45, item: 1 })
    expect(entry('submitted', '2026-06-01', 'notice').ifMissed.refs).toContainEqual({ law: '信访工作条例', article: 44, item: 3 })
  })
})

describe('counting like Chinese law', () => {
  it('does not count the start day: 60 days from 2026-06-01 end on 2026-07-31', () => {
    expect(countCalendarDays(HOLIDAYS, '2026-06-01', 60).date).toBe('2026-07-31')
    expect(countCalendarDays(HOLIDAYS, '2026-06-01', 1).date).toBe('2026-06-02')
  })

  it('handles month ends', () => {
    // 2026-01-31 + 30 = 2026-03-02 (Monday): February has 28 days.
    expect(dates('reply-received', '2026-01-31')).toEqual({ 'review-request': '2026-03-02' })
    // 2026-03-31 + 30 = 2026-04-30 (Thursday).
    expect(dates('reply-received', '2026-03-31')).toEqual({ 'review-request': '2026-04-30' })
    // 2026-12-31 + 15 = 2027-01-15 crosses the year (and into an unverified year).
    expect(entry('submitted', '2026-12-31', 'notice').date).toBe('2027-01-15')
  })

  it('handles leap years', () => {
    // 2028 is a leap year: 2028-01-31 + 30 = 2028-03-01; 2027 is not: 2027-01-31 + 30 = 2027-03-02 (Tuesday).
    expect(entry('reply-received', '2028-01-31', 'review-request').date).toBe('2028-03-01')
    expect(entry('reply-received', '2027-01-31', 'review-request').date).toBe('2027-03-02')
    expect(entry('review-requested', '2028-02-01', 'review-reply').date).toBe('2028-03-02')
    // 2028-02-29 + 60 = Saturday 2028-04-29 → Monday 2028-05-01, flagged: 2028 holidays are unknown.
    expect(entry('accepted', '2028-02-29', 'handled')).toMatchObject({ date: '2028-05-01', shiftedFrom: '2028-04-29', uncertain: true })
    expect(isIsoDate('2028-02-29')).toBe(true)
    expect(isIsoDate('2027-02-29')).toBe(false)
    expect(isIsoDate('2100-02-29')).toBe(false)
  })

  it('moves a period ending in a public holiday to the day after it (2025 National Day)', () => {
    // 2025-09-05 + 30 = 2025-10-05, inside 10月1日–8日: ends on 2025-10-09.
    const e = entry('reply-received', '2025-09-05', 'review-request')
    expect(e.date).toBe('2025-10-09')
    expect(e.shiftedFrom).toBe('2025-10-05')
    expect(e.notes[0]).toMatch(/国庆节/)
    expect(e.notes[0]).toMatch(/2025年10月5日（星期日）/)
    // Ending on 2025-10-11, a Saturday worked in lieu (调休上班), the date stays.
    const worked = entry('reply-received', '2025-09-11', 'review-request')
    expect(worked.date).toBe('2025-10-11')
    expect(worked.shiftedFrom).toBeUndefined()
  })

  it('moves a period ending in the 2026 Spring Festival to the day after it', () => {
    // 2026-01-17 + 30 = 2026-02-16, inside 2月15日–23日: ends on Tuesday 2026-02-24.
    expect(entry('review-received', '2026-01-17', 'recheck-request')).toMatchObject({ date: '2026-02-24', shiftedFrom: '2026-02-16' })
  })

  it('counts working days across a weekend', () => {
    // Thursday 2025-03-06: Fri 7 (1), Mon 10 (2), 11 (3), 12 (4), 13 (5).
    expect(countWorkdays(HOLIDAYS, '2025-03-06', 5).date).toBe('2025-03-13')
    expect(entry('transferred', '2025-03-06', 'objection').date).toBe('2025-03-13')
  })

  it('counts working days across the 2025 Spring Festival with its adjusted workdays', () => {
    // Friday 2025-01-24: Sun 26 is worked (1), Mon 27 (2), 28 Jan–4 Feb off, 5 (3), 6 (4), 7 (5).
    expect(entry('transferred', '2025-01-24', 'objection').date).toBe('2025-02-07')
    // Wednesday 2025-02-05: 6 (1), 7 (2), Sat 8 is worked (3), 10 (4), 11 (5).
    expect(entry('transferred', '2025-02-05', 'objection').date).toBe('2025-02-11')
  })

  it('counts working days across the 2025 National Day', () => {
    // Friday 2025-09-26: Sun 28 is worked (1), 29 (2), 30 (3), 1–8 Oct off, 9 (4), 10 (5).
    expect(countWorkdays(HOLIDAYS, '2025-09-26', 5).date).toBe('2025-10-10')
  })

  it('knows rest days and adjusted workdays', () => {
    expect(isRestDay(HOLIDAYS, '2025-10-08')).toBe(true) // Wednesday, holiday
    expect(isRestDay(HOLIDAYS, '2025-09-28')).toBe(false) // Sunday, worked
    expect(isRestDay(HOLIDAYS, '2026-03-07')).toBe(true) // plain Saturday
    expect(isRestDay(HOLIDAYS, '2026-03-09')).toBe(false) // plain Monday
  })

  it('flags dates in years whose holidays are not verified', () => {
    const e = entry('accepted', '2027-03-01', 'handled')
    expect(e.date).toBe('2027-04-30')
    expect(e.uncertain).toBe(true)
    expect(e.notes.join()).toMatch(/2027年的节假日安排本程序尚未核实/)
    expect(entry('accepted', '2026-12-15', 'handled').uncertain).toBe(true) // ends 2027-02-13
    expect(entry('accepted', '2026-03-01', 'handled').uncertain).toBeUndefined()
    expect(entry('transferred', '2026-12-29', 'objection').uncertain).toBe(true) // counts days in 2027
    expect(entry('accepted', '2024-10-01', 'handled').uncertain).toBe(true) // 2024 not in the calendar
  })

  it('flags a shift that runs into an unverified year', () => {
    const cal: HolidayCalendar = {
      years: [{ year: 2026, verified: true, source: 'test', holidays: [{ name: '测试假期', from: '2026-12-30', to: '2026-12-31' }], workdays: [] }]
    }
    const r = countCalendarDays(cal, '2026-12-20', 10)
    expect(r).toEqual({ date: '2027-01-01', shiftedFrom: '2026-12-30', unverifiedYears: [2027] })
  })

  it('states its counting basis', () => {
    expect(DEADLINE_BASIS).toMatch(/第二百零一条/)
    expect(DEADLINE_BASIS).toMatch(/第二百零三条/)
    expect(DEADLINE_BASIS).toMatch(/工作日/)
    expect(DEADLINE_BASIS).toMatch(/国务院办公厅关于2025年部分节假日安排的通知/)
    const r = computeTimeline('accepted', '2026-06-01')
    expect(r.ok && r.basis.join('\n')).toBe(DEADLINE_BASIS)
  })

  it('counts with the holiday calendar it is given, not a built-in one', () => {
    const none: HolidayCalendar = { years: [] }
    // 2026-10-01 is a holiday in our calendar; with an empty one only the weekend rule applies.
    const withOurs = timeline('reply-received', '2026-09-01').find((e) => e.key === 'review-request')!
    const withNone = timelineWith({ stages: STAGES, calendar: none }, 'reply-received', '2026-09-01').find((e) => e.key === 'review-request')!
    expect(withOurs.date).toBe('2026-10-08')
    expect(withNone.date).toBe('2026-10-01')
    expect(withNone.uncertain).toBe(true)
  })
})

describe('holiday calendar data', () => {
  it('holds 2025 exactly as the State Council notice published it', () => {
    const y = HOLIDAYS.years.find((x) => x.year === 2025)!
    expect(y.verified).toBe(true)
    expect(y.source).toMatch(/国务院办公厅关于2025年部分节假日安排的通知/)
    expect(y.holidays.map((h) => [h.from, h.to])).toEqual([
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08']
    ])
    expect(y.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'])
  })

  it('is well formed: dates inside their year, ranges ordered, adjusted workdays on weekends', () => {
    for (const y of HOLIDAYS.years) {
      expect(y.source.length).toBeGreaterThan(10)
      for (const h of y.holidays) {
        expect([h.from, isIsoDate(h.from), isIsoDate(h.to), h.from <= h.to, h.from.startsWith(String(y.year))]).toEqual([h.from, true, true, true, true])
      }
      for (const w of y.workdays) {
        expect(w.startsWith(String(y.year))).toBe(true)
        expect([w, [0, 6].includes(new Date(`${w}T12:00:00Z`).getUTCDay())]).toEqual([w, true])
      }
    }
  })
})

describe('helpers for the page', () => {
  it('counts the days remaining', () => {
    expect(daysRemaining('2026-07-31', '2026-06-01')).toBe(60)
    expect(daysRemaining('2026-06-01', '2026-06-01')).toBe(0)
    expect(daysRemaining('2026-05-29', '2026-06-01')).toBe(-3)
    expect(daysRemaining('2026-03-01', '2026-02-28')).toBe(1)
    expect(remainingLabel(12)).toBe('还剩 12 天')
    expect(remainingLabel(0)).toBe('今天到期')
    expect(remainingLabel(-3)).toBe('已过期 3 天')
    expect(() => daysRemaining('2026-07-31', 'today')).toThrow(DeadlineError)
  })

  it('gives the CLI shape', () => {
    expect(plainTimeline(timeline('recheck-requested', '2026-07-01'))).toEqual([
      { key: 'recheck-reply', label: '提出复核意见的最晚日期', date: '2026-07-31', refs: [{ law: '信访工作条例', article: 36 }] }
    ])
  })
})

describe('bad input', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-6-1', '20260601', '', '1999-12-31', '2026-06-01T00:00', ' 2026-06-01'])('rejects date %p with BAD_DATE', (d) => {
    expect(() => timeline('accepted', d)).toThrow(DeadlineError)
    try {
      timeline('accepted', d)
    } catch (e) {
      expect((e as DeadlineError).code).toBe('BAD_DATE')
      expect((e as DeadlineError).message).toMatch(/日期/)
      expect((e as DeadlineError).messageEn).toMatch(/invalid date/)
    }
  })

  it.each(['', 'Accepted', 'handled', 'toString', '__proto__'])('rejects stage %p with BAD_STAGE', (s) => {
    expect(() => timeline(s, '2026-06-01')).toThrow(expect.objectContaining({ code: 'BAD_STAGE' }))
  })

  it('returns errors instead of throwing from computeTimeline and validateInput', () => {
    expect(computeTimeline('accepted', 'x')).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_DATE' }) })
    expect(computeTimeline(42, '2026-06-01')).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_STAGE' }) })
    expect(validateInput('accepted', null)?.code).toBe('BAD_DATE')
    expect(validateInput('accepted', '2026-06-01')).toBeNull()
    const ok = computeTimeline('accepted', '2026-06-01')
    expect(ok.ok && ok.entries.map((e) => e.date)).toEqual(['2026-07-31', '2026-08-31'])
  })
})
