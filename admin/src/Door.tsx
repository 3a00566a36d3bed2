/**
 * Check-in at the door, on a phone held in one hand: the live count at the top, the result in
 * large type in the middle, the camera and the code box within the thumb's reach at the bottom.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { api, ApiFailure } from './api'
import type { CheckinResult } from '../../src/core/events/types'
import type { StaffEventSummary } from '../../src/core/staff/types'
import { checkinCodeFrom, startScanner, type Scanner } from './scanner'
import { shortTime, whenLabel } from './format'

type Outcome =
  | { kind: 'ok'; name: string; partySize: number; code: string }
  | { kind: 'again'; name: string; partySize: number; code: string; at: string | null }
  | { kind: 'refused'; title: string; detail: string; code: string }

const REASONS: Record<string, string> = {
  WRONG_EVENT: '不是本场活动',
  NOT_CONFIRMED: '候补中，未获得座位',
  SIGNUP_CANCELLED: '报名已取消',
  EVENT_CANCELLED: '活动已取消',
  NOT_FOUND: '签到码不存在'
}

export function Door({ eventId }: { eventId: string }) {
  const [event, setEvent] = useState<StaffEventSummary | null>(null)
  const [error, setError] = useState('')
  const [code, setCode] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [scanning, setScanning] = useState(false)
  const [engine, setEngine] = useState('')
  const video = useRef<HTMLVideoElement>(null)
  const scanner = useRef<Scanner | null>(null)
  const busy = useRef(false)

  const refresh = useCallback(
    () =>
      api<StaffEventSummary>('GET', `/api/admin/events/${eventId}`).then(
        (e) => setEvent(e),
        (e) => setError(e instanceof ApiFailure ? e.message : '加载失败')
      ),
    [eventId]
  )
  useEffect(() => {
    void refresh()
    // Other doors check people in too: keep the count live.
    const timer = setInterval(() => void refresh(), 5000)
    return () => clearInterval(timer)
  }, [refresh])

  const checkIn = useCallback(
    async (raw: string) => {
      const c = checkinCodeFrom(raw)
      if (!c) {
        setOutcome({ kind: 'refused', title: '无法识别', detail: '签到码为 8 位字母和数字，请核对后重试', code: raw.slice(0, 12) })
        return
      }
      if (busy.current) return
      busy.current = true
      try {
        const r = await api<CheckinResult>('POST', '/api/admin/checkins', { code: c, eventId })
        const base = { name: r.signup.name, partySize: r.signup.partySize, code: c }
        setOutcome(r.alreadyCheckedIn ? { kind: 'again', ...base, at: r.signup.checkedInAt } : { kind: 'ok', ...base })
        navigator.vibrate?.(r.alreadyCheckedIn ? [80, 60, 80] : 120)
        setCode('')
      } catch (e) {
        if (e instanceof ApiFailure) setOutcome({ kind: 'refused', title: REASONS[e.code] ?? '不能签到', detail: e.message, code: c })
        else setOutcome({ kind: 'refused', title: '不能签到', detail: '请重试', code: c })
      } finally {
        busy.current = false
        void refresh()
      }
    },
    [eventId, refresh]
  )

  const stopScan = () => {
    scanner.current?.stop()
    scanner.current = null
    setScanning(false)
  }
  useEffect(() => () => scanner.current?.stop(), [])

  const startScan = async () => {
    if (!video.current) return
    setError('')
    setScanning(true)
    try {
      scanner.current = await startScanner(video.current, (text) => void checkIn(text), 'qr-worker.js')
      setEngine(scanner.current.engine)
    } catch (e) {
      setScanning(false)
      const name = (e as { name?: string })?.name
      setError(name === 'NotAllowedError' ? '没有摄像头权限：请在浏览器设置中允许使用摄像头，或手动输入签到码' : (e as Error)?.message || '无法打开摄像头，请手动输入签到码')
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    void checkIn(code)
  }

  return (
    <section className='door'>
      <a className='back' href='#/'>
        ‹ 活动列表
      </a>
      <h1 className='page-title door-title'>{event?.title ?? '门口签到'}</h1>
      {event ? <p className='muted'>{whenLabel(event)}</p> : null}
      <p className='live-count' aria-live='polite' aria-label='已签到人数 / 已确认人数'>
        <span className='count-in'>{event?.checkedInSeats ?? '–'}</span>
        <span className='count-sep'>/</span>
        <span className='count-all'>{event?.confirmedSeats ?? '–'}</span>
        <span className='count-label'>已签到 / 已确认（人）</span>
      </p>

      <div className={`result${outcome ? ` result-${outcome.kind}` : ''}`} role='status' aria-live='assertive'>
        {!outcome ? <p className='result-idle'>扫描市民的签到二维码，或在下方输入 8 位签到码</p> : null}
        {outcome?.kind === 'ok' ? (
          <>
            <p className='result-title'>✓ 签到成功</p>
            <p className='result-name'>{outcome.name}</p>
            <p className='result-party'>共 {outcome.partySize} 人</p>
          </>
        ) : null}
        {outcome?.kind === 'again' ? (
          <>
            <p className='result-title'>已签到过</p>
            <p className='result-name'>{outcome.name}</p>
            <p className='result-party'>
              共 {outcome.partySize} 人{outcome.at ? ` · ${shortTime(outcome.at)} 签到` : ''}
            </p>
          </>
        ) : null}
        {outcome?.kind === 'refused' ? (
          <>
            <p className='result-title'>✕ {outcome.title}</p>
            {outcome.detail !== outcome.title ? <p className='result-detail'>{outcome.detail}</p> : null}
          </>
        ) : null}
        {outcome ? <p className='result-code'>签到码 {outcome.code}</p> : null}
      </div>

      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}

      <div className={`camera${scanning ? ' on' : ''}`}>
        <video ref={video} className='camera-video' muted playsInline aria-label='摄像头画面' />
        {scanning ? <p className='muted small'>对准二维码即可，无需拍照（{engine === 'BarcodeDetector' ? '系统识别' : 'jsQR 识别'}）</p> : null}
      </div>

      <div className='door-controls'>
        <form className='code-form' onSubmit={submit}>
          <input
            className='code-input'
            aria-label='签到码'
            placeholder='8 位签到码'
            autoCapitalize='characters'
            autoComplete='off'
            spellCheck={false}
            maxLength={12}
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
          />
          <button type='submit' className='btn primary'>
            签到
          </button>
        </form>
        {scanning ? (
          <button type='button' className='btn wide' onClick={stopScan}>
            关闭摄像头
          </button>
        ) : (
          <button type='button' className='btn primary wide' onClick={() => void startScan()}>
            扫码签到
          </button>
        )}
      </div>
    </section>
  )
}
