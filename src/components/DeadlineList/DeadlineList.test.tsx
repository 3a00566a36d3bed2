import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { computeTimeline, type TimelineEntry } from '@/core/deadlines'
import { DEADLINE_RULES } from '@/content/deadline-stages'
import { ROUTES } from '@/routes'
import { DeadlineList } from './index'

beforeEach(() => __reset())

function entriesFor(stage: string, date: string): { entries: TimelineEntry[]; basis: string[] } {
  const r = computeTimeline(DEADLINE_RULES, stage, date)
  if (!r.ok) throw new Error(r.error.message)
  return r
}

test('accepted on 2026-06-01: 60 days end on 31 July, with days left, who acts and what to do if missed', () => {
  const { entries, basis } = entriesFor('accepted', '2026-06-01')
  const { getByText, getAllByText, container } = render(<DeadlineList entries={entries} today='2026-06-11' basis={basis} />)
  expect(getByText('办结期限')).toBeTruthy()
  expect(getByText('2026年7月31日（星期五）')).toBeTruthy()
  expect(getByText('还剩 50 天')).toBeTruthy()
  expect(getAllByText('由办理机关在这天之前完成').length).toBe(2)
  expect(getAllByText('到期没有答复怎么办').length).toBe(2)
  expect(container.textContent).toContain('只有机关告知了延期理由')
  expect(getByText('计算依据')).toBeTruthy()
  expect(container.textContent).toContain('开始的当天不算')
  fireEvent.click(container.querySelector('.deadline-missed [aria-label="查看第四十五条第一项"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.article}?law=xinfang-2022&article=45` })
})

test('a date already passed reads 已过期, and the citizen’s own deadline says so', () => {
  const { entries } = entriesFor('reply-received', '2026-06-01')
  const { getByText, container } = render(<DeadlineList entries={entries} today='2026-07-06' />)
  expect(getByText('已过期 5 天')).toBeTruthy()
  expect(container.querySelector('.deadline-overdue')).not.toBeNull()
  expect(getByText('这是您自己的期限：要在这天之前办')).toBeTruthy()
  expect(getByText('您要做什么')).toBeTruthy()
  expect(container.textContent).not.toContain('计算依据')
})

test('an agency date moved past a rest day is marked 已顺延, by analogy to 民法典第二百零三条', () => {
  // Accepted 2026-08-06: + 60 = 2026-10-05, inside the National Day holiday.
  const { entries } = entriesFor('accepted', '2026-08-06')
  expect(entries[0].shiftedFrom).toBe('2026-10-05')
  const { getByText, container } = render(<DeadlineList entries={entries} today='2026-09-06' />)
  expect(getByText('已顺延')).toBeTruthy()
  const note = container.querySelector('.deadline-note')!.textContent!
  expect(note).toContain('参照《民法典》第二百零三条')
  expect(note).not.toContain('依法顺延')
})

test('the citizen’s own period ending on a rest day shows the unshifted date as the safe date', () => {
  // Reply received 2026-09-05: + 30 = 2026-10-05, inside the National Day holiday.
  const { entries } = entriesFor('reply-received', '2026-09-05')
  expect(entries[0].actor).toBe('you')
  expect(entries[0].shiftedFrom).toBe('2026-10-05')
  const { getByText, queryByText, container } = render(<DeadlineList entries={entries} today='2026-09-06' />)
  expect(getByText('稳妥日期')).toBeTruthy()
  expect(queryByText('已顺延')).toBeNull()
  expect(container.querySelector('.deadline-date')!.textContent).toBe('2026年10月5日（星期一）')
  const note = container.querySelector('.deadline-note')!.textContent!
  expect(note).toContain('参照《民法典》第二百零三条可以顺延到')
  expect(note).toContain('稳妥起见，请在2026年10月5日（星期一）之前办')
})

test('a date in a year whose holidays are not verified is marked 可能顺延', () => {
  const entries = entriesFor('accepted', '2031-03-01').entries
  expect(entries.some((e) => e.uncertain)).toBe(true)
  const { getAllByText, container } = render(<DeadlineList entries={entries} today='2031-03-02' />)
  expect(getAllByText('可能顺延').length).toBeGreaterThan(0)
  expect(container.textContent).toContain('尚未核实')
})
