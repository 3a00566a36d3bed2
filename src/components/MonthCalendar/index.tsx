import { Text, View } from '@tarojs/components'
import { useRef } from 'react'
import { monthGrid, swipeDirection, WEEKDAY_LABELS, kindLabel } from '@/core/calendar'
import { monthLabel, shiftMonth } from '@/core/date'
import { EVENT_KINDS, type EventKind } from '@/core/events/types'
import { Action } from '../Markup'
import './index.css'

export interface MonthCalendarProps {
  /** The month shown, YYYY-MM. */
  month: string
  /** Today, YYYY-MM-DD (marked). */
  today?: string
  /** The selected day, YYYY-MM-DD. */
  selected?: string
  /** Date → kinds of sessions on that day (see marksByDate). */
  marks?: Record<string, EventKind[]>
  onSelect?: (date: string) => void
  onMonthChange?: (month: string) => void
  /** Show the colour legend under the grid. */
  showLegend?: boolean
}

type TouchLike = { touches?: ArrayLike<{ clientX?: number; clientY?: number; pageX?: number; pageY?: number }>; changedTouches?: ArrayLike<{ clientX?: number; clientY?: number; pageX?: number; pageY?: number }> }

function pointOf(e: TouchLike, list: 'touches' | 'changedTouches'): { x: number; y: number } | null {
  const t = e[list]?.[0]
  if (!t) return null
  const x = t.clientX ?? t.pageX
  const y = t.clientY ?? t.pageY
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : null
}

const WEEKDAY_FULL = WEEKDAY_LABELS.map((d) => `星期${d}`)

/**
 * A month of days, weeks starting on Monday. Days with sessions carry a coloured dot per kind;
 * today is ringed; the selected day is filled. Arrows and a horizontal swipe change the month.
 */
export function MonthCalendar({ month, today = '', selected = '', marks = {}, onSelect, onMonthChange, showLegend = true }: MonthCalendarProps) {
  const weeks = monthGrid(month, today)
  const start = useRef<{ x: number; y: number } | null>(null)
  const go = (delta: number) => onMonthChange?.(shiftMonth(month, delta))
  const [, m] = month.split('-').map(Number)

  return (
    <View className='month-calendar card'>
      <View className='cal-header row-between'>
        <Action className='cal-arrow' role='button' aria-label={`上个月，${monthLabel(shiftMonth(month, -1))}`} onClick={() => go(-1)}>
          ‹
        </Action>
        <Text className='cal-title' aria-live='polite'>
          {monthLabel(month)}
        </Text>
        <Action className='cal-arrow' role='button' aria-label={`下个月，${monthLabel(shiftMonth(month, 1))}`} onClick={() => go(1)}>
          ›
        </Action>
      </View>
      <View className='cal-weekdays'>
        {WEEKDAY_LABELS.map((label, i) => (
          <Text key={label} className={`cal-weekday ${i >= 5 ? 'cal-weekend' : ''}`}>
            {label}
          </Text>
        ))}
      </View>
      <View
        className='cal-grid'
        onTouchStart={(e) => {
          start.current = pointOf(e as unknown as TouchLike, 'touches')
        }}
        onTouchEnd={(e) => {
          const from = start.current
          const to = pointOf(e as unknown as TouchLike, 'changedTouches')
          start.current = null
          if (!from || !to) return
          const dir = swipeDirection(to.x - from.x, to.y - from.y)
          if (dir !== 0) go(dir)
        }}
      >
        {weeks.map((week) => (
          <View key={week[0].date} className='cal-week'>
            {week.map((cell) => {
              const kinds = marks[cell.date] ?? []
              const isSelected = cell.date === selected
              const cls = [
                'cal-day',
                cell.inMonth ? '' : 'cal-outside',
                cell.isToday ? 'cal-today' : '',
                isSelected ? 'cal-selected' : '',
                kinds.length ? `cal-has cal-has-${kinds[0]}` : ''
              ]
                .filter(Boolean)
                .join(' ')
              const dm = Number(cell.date.slice(5, 7))
              const label = [
                `${dm === m ? '' : `${dm}月`}${cell.day}日 ${WEEKDAY_FULL[cell.weekdayIndex]}`,
                cell.isToday ? '今天' : '',
                kinds.length ? `有活动：${kinds.map(kindLabel).join('、')}` : '无活动',
                isSelected ? '已选中' : ''
              ]
                .filter(Boolean)
                .join('，')
              return (
                <Action key={cell.date} className={cls} role='button' aria-label={label} aria-selected={isSelected} onClick={() => onSelect?.(cell.date)}>
                  <Text className='cal-num'>{cell.day}</Text>
                  <View className='cal-dots'>
                    {kinds.map((k) => (
                      <View key={k} className={`cal-dot kind-${k}`} aria-label={`有${kindLabel(k)}`} />
                    ))}
                  </View>
                </Action>
              )
            })}
          </View>
        ))}
      </View>
      {showLegend ? (
        <View className='cal-legend row wrap'>
          {EVENT_KINDS.map((k) => (
            <View key={k} className='cal-legend-item row'>
              <View className={`cal-dot kind-${k}`} />
              <Text className='text-small'>{kindLabel(k)}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
