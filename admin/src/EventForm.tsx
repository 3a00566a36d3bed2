/**
 * Publish or edit a session with the API's own rules (validateEventInput from src/core: the same
 * checks and the same Chinese messages), a preview of the citizen's event card, and cancel.
 */
import { cloneElement, useEffect, useState, type FormEvent } from 'react'
import { api, ApiFailure } from './api'
import { DISTRICTS, EVENT_KINDS, type EventInput, type PublicEvent } from '../../src/core/events/types'
import { validateEventInput } from '../../src/core/validation/event'
import { eventStatus, seatsLeft } from '../../src/core/events/status'
import type { StaffRole } from '../../src/core/staff/roles'
import { fromLocalInput, kindLabel, seatsLabel, toLocalInput, whenLabel } from './format'

type Draft = Record<keyof EventInput, string>

const EMPTY: Draft = {
  kind: 'lecture',
  title: '',
  summary: '',
  startsAt: '',
  endsAt: '',
  venue: '',
  address: '',
  district: DISTRICTS[0],
  speaker: '',
  capacity: '50',
  latitude: '24.4798',
  longitude: '118.0894'
}

const LABELS: Record<keyof EventInput, string> = {
  kind: '活动类型',
  title: '标题',
  summary: '简介',
  startsAt: '开始时间',
  endsAt: '结束时间',
  venue: '地点',
  address: '地址',
  district: '区',
  speaker: '主讲',
  capacity: '名额',
  latitude: '纬度',
  longitude: '经度'
}

function toDraft(e: PublicEvent): Draft {
  return {
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    startsAt: toLocalInput(e.startsAt),
    endsAt: toLocalInput(e.endsAt),
    venue: e.venue,
    address: e.address,
    district: e.district,
    speaker: e.speaker,
    capacity: String(e.capacity),
    latitude: String(e.latitude),
    longitude: String(e.longitude)
  }
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s))

function toInput(d: Draft): Record<string, unknown> {
  return { ...d, startsAt: fromLocalInput(d.startsAt), endsAt: fromLocalInput(d.endsAt), capacity: num(d.capacity), latitude: num(d.latitude), longitude: num(d.longitude) }
}

export function EventForm({ eventId }: { role: StaffRole; eventId?: string }) {
  const [draft, setDraft] = useState<Draft | null>(eventId ? null : EMPTY)
  const [original, setOriginal] = useState<PublicEvent | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirmCancel, setConfirmCancel] = useState(false)

  useEffect(() => {
    if (!eventId) return
    api<PublicEvent>('GET', `/api/admin/events/${eventId}`).then(
      (e) => {
        setOriginal(e)
        setDraft(toDraft(e))
      },
      (e) => setMessage(e instanceof ApiFailure ? e.message : '加载失败')
    )
  }, [eventId])

  if (!draft) return <p className='muted'>{message || '正在加载…'}</p>

  const set = (k: keyof EventInput) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value })
  // As the server: a new event, or one whose start moves, may not start in the past.
  const moving = !original || fromLocalInput(draft.startsAt) !== original.startsAt
  const checked = validateEventInput(toInput(draft), moving ? { notBefore: Date.now() } : {})
  const preview: PublicEvent | null = checked.ok
    ? (() => {
        const confirmedSeats = original ? original.capacity - original.seatsLeft : 0
        const state = { capacity: checked.value.capacity, confirmedSeats }
        return {
          id: eventId ?? 'preview',
          ...checked.value,
          seatsLeft: seatsLeft(state),
          status: eventStatus({ ...state, cancelled: original?.status === 'cancelled', startsAt: checked.value.startsAt })
        }
      })()
    : null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setMessage('')
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.errors.map((x) => [x.field, x.message])))
      return
    }
    setErrors({})
    setBusy(true)
    try {
      const saved = eventId
        ? await api<PublicEvent>('PATCH', `/api/admin/events/${eventId}`, checked.value)
        : await api<PublicEvent>('POST', '/api/admin/events', checked.value)
      window.location.hash = `#/?saved=${saved.id}`
    } catch (err) {
      if (err instanceof ApiFailure) {
        setErrors(Object.fromEntries(err.fields.map((x) => [x.field, x.message])))
        setMessage(err.message)
      } else setMessage('保存失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  const cancelEvent = async () => {
    setBusy(true)
    try {
      await api('PATCH', `/api/admin/events/${eventId}`, { cancelled: true })
      window.location.hash = '#/'
    } catch (err) {
      setMessage(err instanceof ApiFailure ? err.message : '取消失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  // The error sits outside the <label> (described-by), so the field's name stays just its label.
  const field = (k: keyof EventInput, control: JSX.Element) => (
    <div className={`field${errors[k] ? ' invalid' : ''}`}>
      <label htmlFor={`ev-${k}`}>{LABELS[k]}</label>
      {cloneElement(control, { id: `ev-${k}`, 'aria-invalid': errors[k] ? true : undefined, 'aria-describedby': errors[k] ? `ev-${k}-error` : undefined })}
      {errors[k] ? (
        <em className='field-error' id={`ev-${k}-error`}>
          {errors[k]}
        </em>
      ) : null}
    </div>
  )

  return (
    <section>
      <h1 className='page-title'>{eventId ? '编辑活动' : '发布活动'}</h1>
      <form className='card form' onSubmit={(e) => void submit(e)} noValidate aria-label='活动信息'>
        {field(
          'kind',
          <select value={draft.kind} onChange={set('kind')}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        )}
        {field('title', <input value={draft.title} onChange={set('title')} maxLength={80} />)}
        {field('summary', <textarea value={draft.summary} onChange={set('summary')} rows={3} />)}
        {field('startsAt', <input type='datetime-local' value={draft.startsAt} onChange={set('startsAt')} />)}
        {field('endsAt', <input type='datetime-local' value={draft.endsAt} onChange={set('endsAt')} />)}
        {field(
          'district',
          <select value={draft.district} onChange={set('district')}>
            {[...new Set([...DISTRICTS, draft.district])].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        )}
        {field('venue', <input value={draft.venue} onChange={set('venue')} />)}
        {field('address', <input value={draft.address} onChange={set('address')} />)}
        {field('speaker', <input value={draft.speaker} onChange={set('speaker')} />)}
        {field('capacity', <input type='number' inputMode='numeric' min={1} value={draft.capacity} onChange={set('capacity')} />)}
        <div className='two'>
          {field('latitude', <input inputMode='decimal' value={draft.latitude} onChange={set('latitude')} />)}
          {field('longitude', <input inputMode='decimal' value={draft.longitude} onChange={set('longitude')} />)}
        </div>
        <p className='muted small'>时间按北京时间填写。坐标为场馆位置（GCJ-02），市民点「导航」时使用。</p>
        {message ? (
          <p className='error' role='alert'>
            {message}
          </p>
        ) : null}
        <button type='submit' className='btn primary' disabled={busy}>
          {eventId ? '保存修改' : '发布'}
        </button>
      </form>

      <h2 className='section-title'>市民看到的样子</h2>
      {preview ? (
        <div className='preview' aria-label='预览'>
          <div className={`card citizen-card event-${preview.status}`}>
            <div className='row-between'>
              <span className={`badge kind-${preview.kind}`}>{kindLabel(preview.kind)}</span>
              <span className={`seats seats-${preview.status}`}>{seatsLabel(preview)}</span>
            </div>
            <p className='citizen-title'>{preview.title}</p>
            <p>
              <span className='label'>时间</span>
              {whenLabel(preview)}
            </p>
            <p>
              <span className='label'>地点</span>
              {preview.district} · {preview.venue}
            </p>
            {preview.speaker ? (
              <p>
                <span className='label'>主讲</span>
                {preview.speaker}
              </p>
            ) : null}
            {preview.summary ? <p className='muted'>{preview.summary}</p> : null}
          </div>
        </div>
      ) : (
        <p className='card muted'>填好必填项后在这里预览。</p>
      )}

      {eventId && original && original.status !== 'cancelled' ? (
        <div className='danger-zone card'>
          <h2 className='section-title'>取消活动</h2>
          <p className='muted'>取消后市民不能再报名，已报名的市民会在「我的报名」看到「活动已取消」。</p>
          {confirmCancel ? (
            <div className='actions'>
              <button type='button' className='btn danger' disabled={busy} onClick={() => void cancelEvent()}>
                确定取消活动
              </button>
              <button type='button' className='btn' onClick={() => setConfirmCancel(false)}>
                不取消
              </button>
            </div>
          ) : (
            <button type='button' className='btn danger-outline' onClick={() => setConfirmCancel(true)}>
              取消活动…
            </button>
          )}
        </div>
      ) : null}
    </section>
  )
}
