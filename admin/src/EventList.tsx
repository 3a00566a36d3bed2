import { useEffect, useState } from 'react'
import { api, ApiFailure } from './api'
import type { StaffEventListResponse, StaffEventSummary } from '../../src/core/staff/types'
import { can, type StaffRole } from '../../src/core/staff/roles'
import { kindLabel, statusLabel, whenLabel } from './format'

export function EventList({ role, scope }: { role: StaffRole; scope: 'upcoming' | 'past' }) {
  const [events, setEvents] = useState<StaffEventSummary[] | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    let live = true
    const load = () =>
      api<StaffEventListResponse>('GET', `/api/admin/events?scope=${scope}`).then(
        (r) => live && (setEvents(r.events), setError('')),
        (e) => live && setError(e instanceof ApiFailure ? e.message : '加载失败')
      )
    setEvents(null)
    void load()
    const timer = setInterval(() => void load(), 20_000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [scope])

  return (
    <section>
      <div className='row-between'>
        <h1 className='page-title'>{scope === 'past' ? '已结束的活动' : '即将开始的活动'}</h1>
        {can(role, 'event.create') && scope === 'upcoming' ? (
          <a className='btn primary small' href='#/new'>
            发布活动
          </a>
        ) : null}
      </div>
      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}
      {events === null && !error ? <p className='muted'>正在加载…</p> : null}
      {events?.length === 0 ? <p className='card muted'>{scope === 'past' ? '还没有已结束的活动。' : '暂无即将开始的活动。'}</p> : null}
      <ul className='list'>
        {events?.map((e) => (
          <li key={e.id} className={`card event event-${e.status}`} data-event-id={e.id}>
            <div className='row-between'>
              <span className={`badge kind-${e.kind}`}>{kindLabel(e.kind)}</span>
              <span className={`status status-${e.status}`}>{statusLabel(e)}</span>
            </div>
            <h2 className='event-title'>{e.title}</h2>
            <p className='muted'>{whenLabel(e)}</p>
            <p className='muted'>
              {e.district} · {e.venue}
            </p>
            <dl className='counts'>
              <div>
                <dt>已确认</dt>
                <dd className='count-confirmed'>
                  {e.confirmedSeats}/{e.capacity}
                </dd>
              </div>
              <div>
                <dt>候补</dt>
                <dd className='count-waitlist'>{e.waitlistedSeats}</dd>
              </div>
              <div>
                <dt>已签到</dt>
                <dd className='count-checkedin'>{e.checkedInSeats}</dd>
              </div>
            </dl>
            <div className='actions'>
              {e.status !== 'cancelled' ? (
                <a className='btn primary' href={`#/door/${e.id}`}>
                  门口签到
                </a>
              ) : null}
              {can(role, 'signups.view') ? (
                <a className='btn' href={`#/signups/${e.id}`}>
                  报名名单
                </a>
              ) : null}
              {can(role, 'event.update') && scope === 'upcoming' ? (
                <a className='btn' href={`#/edit/${e.id}`}>
                  编辑
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
