import { fireEvent, render } from '@testing-library/react'
import { useState } from 'react'
import { __reset } from '../../../tests/component/taro-mock'
import type { EventKind } from '@/core/events/types'
import { MonthCalendar } from './index'

beforeEach(() => __reset())

function Harness({ marks = {} }: { marks?: Record<string, EventKind[]> }) {
  const [month, setMonth] = useState('2026-11')
  const [selected, setSelected] = useState('2026-11-26')
  return (
    <>
      <MonthCalendar month={month} today='2026-11-26' selected={selected} marks={marks} onSelect={setSelected} onMonthChange={setMonth} />
      <div data-testid='selected'>{selected}</div>
    </>
  )
}

const labels = (c: HTMLElement) => Array.from(c.querySelectorAll('.cal-weekday')).map((e) => e.textContent)

test('shows 一 … 日 with Monday first, today ringed and the selected day', () => {
  const { container, getByText } = render(<Harness />)
  expect(labels(container)).toEqual(['一', '二', '三', '四', '五', '六', '日'])
  expect(getByText('2026年11月')).toBeTruthy()
  // 2026-11-01 is a Sunday: the first row starts on Monday 26 October.
  const first = container.querySelector('.cal-day')!
  expect(first.getAttribute('aria-label')).toContain('10月26日 星期一')
  const today = container.querySelector('.cal-today')!
  expect(today.textContent).toContain('26')
  expect(today.getAttribute('aria-label')).toContain('今天')
  expect(today.className).toContain('cal-selected')
})

test('days with sessions get a coloured dot per kind, each with an aria-label', () => {
  const { container } = render(<Harness marks={{ '2026-11-27': ['lecture', 'lawyer'] }} />)
  const day = container.querySelector('[aria-label^="27日"]')!
  expect(day.className).toContain('cal-has-lecture')
  const dots = day.querySelectorAll('.cal-dot')
  expect(Array.from(dots).map((d) => d.getAttribute('aria-label'))).toEqual(['有巡回宣讲', '有律师+信访'])
  expect(day.getAttribute('aria-label')).toContain('有活动：巡回宣讲、律师+信访')
})

test('tapping a day selects it', () => {
  const { container, getByTestId } = render(<Harness />)
  fireEvent.click(container.querySelector('[aria-label^="3日"]')!)
  expect(getByTestId('selected').textContent).toBe('2026-11-03')
  expect(container.querySelector('[aria-label^="3日"]')!.className).toContain('cal-selected')
})

test('arrows go to the previous and next month, across the year end', () => {
  const { container, getByText } = render(<Harness />)
  fireEvent.click(container.querySelector('[aria-label^="下个月"]')!)
  expect(getByText('2026年12月')).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label^="下个月"]')!)
  expect(getByText('2027年1月')).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label^="上个月"]')!)
  fireEvent.click(container.querySelector('[aria-label^="上个月"]')!)
  fireEvent.click(container.querySelector('[aria-label^="上个月"]')!)
  expect(getByText('2026年10月')).toBeTruthy()
})

test('a horizontal swipe changes the month; a vertical one does not', () => {
  const { container, getByText } = render(<Harness />)
  const grid = container.querySelector('.cal-grid')!
  fireEvent.touchStart(grid, { touches: [{ clientX: 300, clientY: 100 }] })
  fireEvent.touchEnd(grid, { changedTouches: [{ clientX: 100, clientY: 110 }] })
  expect(getByText('2026年12月')).toBeTruthy()
  fireEvent.touchStart(grid, { touches: [{ clientX: 100, clientY: 100 }] })
  fireEvent.touchEnd(grid, { changedTouches: [{ clientX: 120, clientY: 400 }] })
  expect(getByText('2026年12月')).toBeTruthy()
  fireEvent.touchStart(grid, { touches: [{ clientX: 50, clientY: 100 }] })
  fireEvent.touchEnd(grid, { changedTouches: [{ clientX: 300, clientY: 100 }] })
  expect(getByText('2026年11月')).toBeTruthy()
})
