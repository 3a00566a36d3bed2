/**
 * An event's sign-up list: search by name, code or the phone's last digits; phones masked until
 * a 显示 tap (each reveal is audited by the server); CSV export (audited too).
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { api, ApiFailure } from './api'
import type { AdminSignupsResponse } from '../../src/core/events/types'
import type { RevealPhoneResponse } from '../../src/core/staff/types'
import { shortTime, whenLabel } from './format'
import { STATUS_LABELS } from '../../src/core/events/status'

const STATUS = STATUS_LABELS.signup.staff

export function Signups({ eventId }: { eventId: string }) {
  const [data, setData] = useState<AdminSignupsResponse | null>(null)
  const [error, setError] = useState('')
  const [query, setQuery] = useState('')
  const [revealed, setRevealed] = useState<Record<string, string>>({})

  const load = useCallback(
    () =>
      api<AdminSignupsResponse>('GET', `/api/admin/events/${eventId}/signups`).then(
        (d) => (setData(d), setError('')),
        (e) => setError(e instanceof ApiFailure ? e.message : '加载失败')
      ),
    [eventId]
  )
  useEffect(() => {
    void load()
  }, [load])

  const shown = useMemo(() => {
    const q = query.trim().toUpperCase()
    if (!data) return []
    if (!q) return data.signups
    return data.signups.filter((s) => s.name.toUpperCase().includes(q) || s.checkinCode.includes(q) || s.phone.replace(/\*/g, '').endsWith(q) || (revealed[s.id] ?? '').includes(q))
  }, [data, query, revealed])

  const reveal = async (id: string) => {
    try {
      const r = await api<RevealPhoneResponse>('POST', `/api/admin/signups/${id}/reveal`)
      setRevealed((m) => ({ ...m, [r.id]: r.phone }))
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : '操作失败')
    }
  }

  if (!data) return <p className={error ? 'error' : 'muted'}>{error || '正在加载…'}</p>
  const confirmed = data.signups.filter((s) => s.status === 'confirmed')
  return (
    <section>
      <a className='back' href='#/'>
        ‹ 活动列表
      </a>
      <h1 className='page-title'>报名名单</h1>
      <p className='event-title'>{data.event.title}</p>
      <p className='muted'>{whenLabel(data.event)}</p>
      <p className='summary' aria-live='polite'>
        共 {data.signups.length} 条报名 · 已确认 {confirmed.reduce((n, s) => n + s.partySize, 0)} 人 · 已签到{' '}
        {confirmed.filter((s) => s.checkedInAt).reduce((n, s) => n + s.partySize, 0)} 人
      </p>
      <div className='actions'>
        <a className='btn' href={`/api/admin/events/${eventId}/signups.csv`} download={`signups-${eventId}.csv`}>
          导出 CSV
        </a>
        <button type='button' className='btn' onClick={() => void load()}>
          刷新
        </button>
        <a className='btn primary' href={`#/door/${eventId}`}>
          门口签到
        </a>
      </div>
      <p className='muted small'>名单含个人信息，仅用于本场活动签到与联系；查看、显示手机号和导出都会记入审计日志。</p>
      <label className='field search'>
        <span>搜索</span>
        <input type='search' placeholder='姓名、签到码或手机尾号' value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}
      {shown.length === 0 ? <p className='card muted'>{data.signups.length === 0 ? '还没有人报名。' : '没有符合的报名。'}</p> : null}
      <ul className='list'>
        {shown.map((s) => (
          <li key={s.id} className={`card signup signup-${s.status}`} data-code={s.checkinCode}>
            <div className='row-between'>
              <strong className='signup-name'>{s.name || '（已按保留期删除）'}</strong>
              <span className={`status status-${s.status}`}>
                {s.status === 'waitlisted' && s.position ? `候补第 ${s.position} 位` : STATUS[s.status]}
                {s.checkedInAt ? ' · 已签到' : ''}
              </span>
            </div>
            <p>
              <span className='label'>手机</span>
              <span className='signup-phone'>{revealed[s.id] ?? s.phone}</span>
              {s.phone && !revealed[s.id] ? (
                <button type='button' className='link-btn' onClick={() => void reveal(s.id)} aria-label={`显示 ${s.name} 的完整手机号`}>
                  显示
                </button>
              ) : null}
            </p>
            <p className='muted small'>
              {s.partySize} 人 · 签到码 {s.checkinCode} · 报名于 {shortTime(s.createdAt)}
              {s.checkedInAt ? ` · 签到于 ${shortTime(s.checkedInAt)}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
