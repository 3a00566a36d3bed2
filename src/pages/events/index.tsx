import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { EventCard } from '@/components/EventCard'
import { MonthCalendar } from '@/components/MonthCalendar'
import { PageShell } from '@/components/PageShell'
import { StateView } from '@/components/StateView'
import {
  eventsOn,
  filterEvents,
  gridRange,
  groupByDate,
  kindLabel,
  marksByDate,
  nextDateWithEvents,
  offlineLabel,
  relativeDayLabel,
  upcomingEvents,
  type EventFilters
} from '@/core/calendar'
import { messageOf } from '@/core/api/client'
import { addDays, beijingDate, formatDateCN, monthOf } from '@/core/date'
import { EVENT_KINDS, type PublicEvent } from '@/core/events/types'
import { BUREAU } from '@/config/bureau'
import { listEvents } from '@/services/events'
import { usePageShare } from '@/hooks/usePageShare'
import { ROUTES } from '@/routes'
import { Action } from '@/components/Markup'
import './index.css'

type ViewMode = 'calendar' | 'list'
/** `from`: the first day of the range these events were fetched for. */
type Data = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; events: PublicEvent[]; fetchedAt: number; offline: boolean; from: string }

/** How far ahead the list view looks. */
const UPCOMING_DAYS = 92

function Chip({ label, active, onTap, group }: { label: string; active: boolean; onTap: () => void; group: string }) {
  return (
    <Action className={`chip ${active ? 'chip-active' : ''}`} role='button' aria-pressed={active} aria-label={`${group}：${label}${active ? '，已选' : ''}`} onClick={onTap}>
      {label}
    </Action>
  )
}

export default function EventsPage() {
  usePageShare('普法活动：巡回宣讲、律师值班，在线报名', ROUTES.events)
  const today = beijingDate(Date.now())
  const [view, setView] = useState<ViewMode>('calendar')
  const [month, setMonth] = useState(monthOf(today))
  const [selected, setSelected] = useState(today)
  const [filters, setFilters] = useState<EventFilters>({ district: '', kind: '' })
  const [data, setData] = useState<Data>({ kind: 'loading' })
  const [filtersOpen, setFiltersOpen] = useState(false)
  const request = useRef(0)

  const range = useMemo(() => (view === 'calendar' ? gridRange(month) : { from: today, to: addDays(today, UPCOMING_DAYS) }), [view, month, today])

  const load = useCallback(async () => {
    const id = ++request.current
    setData((d) => (d.kind === 'ready' ? d : { kind: 'loading' }))
    try {
      const res = await listEvents(range.from, range.to)
      if (id === request.current) setData({ kind: 'ready', ...res, from: range.from })
    } catch (e) {
      if (id === request.current) setData({ kind: 'error', message: messageOf(e) })
    }
  }, [range])

  useEffect(() => {
    setData({ kind: 'loading' })
    void load()
  }, [load])
  // Seats change while the tab is hidden (a sign-up, a cancellation): refresh on show.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void load()
    shown.current = true
  })

  const events = useMemo(() => (data.kind === 'ready' ? filterEvents(data.events, filters) : []), [data, filters])
  const marks = useMemo(() => marksByDate(events), [events])

  // Another month: select today there, else (once its events are in) its first day with a session.
  const [pickInMonth, setPickInMonth] = useState('')
  const changeMonth = (m: string) => {
    setMonth(m)
    setSelected(m === monthOf(today) ? today : `${m}-01`)
    setPickInMonth(m === monthOf(today) ? '' : m)
  }
  useEffect(() => {
    // Wait for the new month's events, not the previous month's still on screen.
    if (!pickInMonth || data.kind !== 'ready' || data.from !== gridRange(pickInMonth).from) return
    const first = nextDateWithEvents(events, `${pickInMonth}-01`)
    if (first && monthOf(first) === pickInMonth) setSelected(first)
    setPickInMonth('')
  }, [pickInMonth, data, events])
  const selectDay = (date: string) => {
    setPickInMonth('')
    setSelected(date)
    if (monthOf(date) !== month) setMonth(monthOf(date))
  }

  const dayEvents = eventsOn(events, selected)
  // Never offer a session that is already over: look from tomorrow of the selected day or today.
  const nextFrom = addDays(selected, 1) > today ? addDays(selected, 1) : today
  const nextDate = nextDateWithEvents(events, nextFrom)
  const filtering = Boolean(filters.district || filters.kind)
  const filterSummary = `${filters.district ? `${filters.district}区` : '全部区域'} · ${filters.kind ? kindLabel(filters.kind) : '全部类型'}`

  return (
    <PageShell className='events-page'>
      <View className='events-toggle row' role='tablist'>
        {(['calendar', 'list'] as const).map((v) => (
          <Action
            key={v}
            className={`events-toggle-item ${view === v ? 'events-toggle-on' : ''}`}
            role='tab'
            aria-selected={view === v}
            aria-label={v === 'calendar' ? '日历视图' : '列表视图：近期活动'}
            onClick={() => setView(v)}
          >
            {v === 'calendar' ? '日历' : '近期列表'}
          </Action>
        ))}
      </View>

      <View className='events-filters card'>
        <Action
          className='row-between filter-summary'
          role='button'
          aria-expanded={filtersOpen}
          aria-label={`筛选：${filterSummary}，${filtersOpen ? '点按收起' : '点按展开'}`}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          <View className='grow row wrap'>
            <Text className='bold filter-word'>筛选</Text>
            <Text className='text-muted filter-current'>{filters.district ? `${filters.district}区` : '全部区域'}</Text>
            <Text className='text-muted filter-current'>· {filters.kind ? kindLabel(filters.kind) : '全部类型'}</Text>
          </View>
          <Text className='filter-toggle'>{filtersOpen ? '收起 ▲' : '展开 ▼'}</Text>
        </Action>
        {filtersOpen ? (
          <View className='filter-body'>
            <View className='filter-row'>
              <Text className='filter-label text-small'>区域</Text>
              <View className='row wrap'>
                <Chip group='区域' label='全部' active={!filters.district} onTap={() => setFilters({ ...filters, district: '' })} />
                {BUREAU.districts.map((d) => (
                  <Chip key={d} group='区域' label={d} active={filters.district === d} onTap={() => setFilters({ ...filters, district: filters.district === d ? '' : d })} />
                ))}
              </View>
            </View>
            <View className='filter-row'>
              <Text className='filter-label text-small'>类型</Text>
              <View className='row wrap'>
                <Chip group='类型' label='全部' active={!filters.kind} onTap={() => setFilters({ ...filters, kind: '' })} />
                {EVENT_KINDS.map((k) => (
                  <Chip key={k} group='类型' label={kindLabel(k)} active={filters.kind === k} onTap={() => setFilters({ ...filters, kind: filters.kind === k ? '' : k })} />
                ))}
              </View>
            </View>
          </View>
        ) : null}
      </View>

      {data.kind === 'ready' && data.offline ? (
        <View className='notice row-between' role='status'>
          <Text className='grow'>{offlineLabel(data.fetchedAt)}</Text>
          <Action className='link events-refresh' role='button' aria-label='重新加载' onClick={() => void load()}>
            刷新
          </Action>
        </View>
      ) : null}

      {view === 'calendar' ? (
        <MonthCalendar month={month} today={today} selected={selected} marks={marks} onSelect={selectDay} onMonthChange={changeMonth} />
      ) : null}

      {data.kind === 'loading' ? (
        <StateView kind='loading' title='正在加载活动…' />
      ) : data.kind === 'error' ? (
        <StateView kind='error' title='活动加载失败' hint={data.message} actionLabel='重试' onAction={() => void load()} />
      ) : view === 'calendar' ? (
        <View className='events-day'>
          <View className='section-title events-day-title'>
            <Text>{formatDateCN(selected)}</Text>
            {relativeDayLabel(selected, today) ? <Text className='text-small events-today'>{relativeDayLabel(selected, today)}</Text> : null}
          </View>
          {dayEvents.length ? (
            dayEvents.map((e) => <EventCard key={e.id} event={e} showDate={false} />)
          ) : (
            <StateView
              kind='empty'
              title={filtering ? '这一天没有符合筛选条件的活动' : '这一天没有活动'}
              hint={nextDate ? '日期下方有彩色圆点的日子有活动' : filtering ? '可以换个区域或类型看看' : '本月之后的活动会陆续发布'}
              actionLabel={nextDate ? `看下一场：${formatDateCN(nextDate, { weekday: false })}` : undefined}
              onAction={nextDate ? () => selectDay(nextDate) : undefined}
            />
          )}
        </View>
      ) : (
        <View className='events-list'>
          {groupByDate(upcomingEvents(events, today)).map((g) => (
            <View key={g.date}>
              <View className='section-title events-day-title'>
                <Text>{formatDateCN(g.date)}</Text>
                <Text className='text-small events-today'>{relativeDayLabel(g.date, today)}</Text>
              </View>
              {g.events.map((e) => (
                <EventCard key={e.id} event={e} showDate={false} />
              ))}
            </View>
          ))}
          {upcomingEvents(events, today).length === 0 ? (
            <StateView
              kind='empty'
              title={filtering ? '近期没有符合筛选条件的活动' : '近期没有活动'}
              hint={filtering ? '可以换个区域或类型看看' : '新的活动发布后会显示在这里'}
            />
          ) : null}
        </View>
      )}
    </PageShell>
  )
}
