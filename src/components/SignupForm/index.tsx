import { Input, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { isIdempotencyKey, newIdempotencyKey, pendingSignupKey } from '@/core/calendar'
import { ApiError, messageOf } from '@/core/api/client'
import type { SignupRequest, SignupResult } from '@/core/events/types'
import { halfWidth } from '@/core/text/width'
import { PARTY_MAX, PARTY_MIN, validateSignup } from '@/core/validation/signup'
import { ROUTES } from '@/routes'
import { signUp } from '@/services/events'
import { go } from '@/services/nav'
import { draftExpired } from '@/core/privacy/draft'
import { readStored, removeStored, writeStored } from '@/services/storage'
import { Action } from '../Markup'
import './index.css'

export interface SignupFormValues {
  name: string
  phone: string
  partySize: number
  consent: boolean
}

export interface SignupFormProps {
  eventId: string
  /** The event is full: the sign-up goes onto the waitlist. */
  full?: boolean
  /** Seats still free (open events): a larger party is told it will wait instead of being seated. */
  seatsLeft?: number
  /** Why sign-up is impossible (closed, cancelled); the form is then disabled. */
  blockedReason?: string | null
  initial?: Partial<SignupFormValues>
  onSuccess?: (result: SignupResult, note?: string) => void
}

/** What is kept per event in storage: the form's key, the body first sent with it, and when. */
interface Pending {
  key: string
  body?: SignupRequest
  /** ms since the epoch: the draft (with its name and phone) expires DRAFT_TTL_HOURS later. */
  savedAt?: number
}

function readPending(eventId: string): Pending | null {
  const p = readStored<Pending | null>(pendingSignupKey(eventId), null)
  if (p && isIdempotencyKey(p.key) && !draftExpired(p.savedAt, Date.now())) return p
  if (p) removeStored(pendingSignupKey(eventId))
  return null
}

function writePending(eventId: string, pending: Omit<Pending, 'savedAt'>): void {
  writeStored<Pending>(pendingSignupKey(eventId), { ...pending, savedAt: Date.now() })
}

function canRetry(e: unknown): boolean {
  return !(e instanceof ApiError) || e.retryable || e.status === 429
}

type Errors = Partial<Record<'name' | 'phone' | 'partySize' | 'consent', string>>

/**
 * The sign-up form. One idempotency key per form, kept in state and in storage (by event), so
 * every retry — the 「重试」 button, a second tap after a failure, a relaunch — reuses it and the
 * server replays the first answer instead of taking a second seat.
 */
export function SignupForm({ eventId, full = false, seatsLeft, blockedReason = null, initial = {}, onSuccess }: SignupFormProps) {
  const [values, setValues] = useState<SignupFormValues>({ name: '', phone: '', partySize: 1, consent: false, ...initial })
  const [errors, setErrors] = useState<Errors>({})
  const [touched, setTouched] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [failure, setFailure] = useState<{ message: string; retry: boolean } | null>(null)
  const inFlight = useRef(false)
  const [key] = useState(() => {
    const stored = readPending(eventId)
    if (stored) return stored.key
    const fresh = newIdempotencyKey()
    writePending(eventId, { key: fresh })
    return fresh
  })

  const check = (v: SignupFormValues): { body?: SignupRequest; errors: Errors } => {
    const r = validateSignup(v)
    if (r.ok) return { body: r.value, errors: {} }
    const out: Errors = {}
    for (const e of r.errors) if (!(e.field in out)) out[e.field as keyof Errors] = e.message
    return { errors: out }
  }

  const update = (patch: Partial<SignupFormValues>) => {
    const next = { ...values, ...patch }
    setValues(next)
    if (touched) setErrors(check(next).errors)
  }

  const send = async (body: SignupRequest) => {
    if (inFlight.current) return
    inFlight.current = true
    setSubmitting(true)
    setFailure(null)
    const pending = readPending(eventId) ?? { key }
    // The body first sent with this key is remembered: if that request reached the server, a
    // retry with different details would be refused, and the first answer is what counts.
    if (!pending.body) writePending(eventId, { key, body })
    try {
      let result: SignupResult
      let note: string | undefined
      try {
        result = await signUp(eventId, body, key)
      } catch (e) {
        if (e instanceof ApiError && e.code === 'IDEMPOTENCY_KEY_REUSED' && pending.body) {
          result = await signUp(eventId, pending.body, key)
          note = '您此前提交的报名已成功，结果以首次提交的信息为准。'
        } else throw e
      }
      removeStored(pendingSignupKey(eventId))
      onSuccess?.(result, note)
    } catch (e) {
      // A final refusal (4xx) never recorded the key: the next attempt may send new details.
      if (!canRetry(e)) writePending(eventId, { key })
      setFailure({ message: messageOf(e), retry: canRetry(e) })
    } finally {
      inFlight.current = false
      setSubmitting(false)
    }
  }

  const submit = () => {
    if (inFlight.current || blockedReason) return
    setTouched(true)
    const { body, errors: found } = check(values)
    setErrors(found)
    if (!body) return
    void send(body)
  }

  const retry = () => {
    const pending = readPending(eventId)
    if (pending?.body) void send(pending.body)
    else submit()
  }

  const disabled = submitting || Boolean(blockedReason)
  const submitLabel = submitting ? '正在提交…' : full ? '提交候补报名' : '提交报名'

  return (
    <View className='signup-form'>
      {blockedReason ? (
        <View className='notice' role='alert'>
          {blockedReason}
        </View>
      ) : full ? (
        <View className='notice'>名额已满，现在报名将进入候补；有人取消时按报名顺序递补。</View>
      ) : seatsLeft !== undefined && values.partySize > seatsLeft ? (
        <View className='notice' role='status'>
          只剩 {seatsLeft} 个名额，{values.partySize} 人一起报名将进入候补，要等空出 {values.partySize} 个名额才能递补；减少人数可以直接报上。
        </View>
      ) : null}

      <View className='card'>
        <View className='field'>
          <Text className='field-label'>姓名</Text>
          <Input
            className={`input ${errors.name ? 'input-error' : ''}`}
            aria-label='姓名'
            placeholder='请输入姓名'
            maxlength={20}
            value={values.name}
            disabled={disabled}
            onInput={(e) => update({ name: e.detail.value })}
          />
          {errors.name ? (
            <View className='field-error' role='alert'>
              {errors.name}
            </View>
          ) : null}
        </View>

        <View className='field'>
          <Text className='field-label'>手机号</Text>
          <Input
            className={`input ${errors.phone ? 'input-error' : ''}`}
            aria-label='手机号'
            // weapp: the number pad; H5: Taro passes the type through, and tel brings up the phone pad.
            type={(process.env.TARO_ENV === 'weapp' ? 'number' : 'tel') as 'number'}
            placeholder='11 位手机号码'
            maxlength={13}
            value={values.phone}
            disabled={disabled}
            onInput={(e) => update({ phone: halfWidth(e.detail.value) })}
          />
          {errors.phone ? (
            <View className='field-error' role='alert'>
              {errors.phone}
            </View>
          ) : null}
        </View>

        <View className='field'>
          <Text className='field-label'>人数（含本人）</Text>
          <View className='stepper row'>
            <Action
              className={`stepper-btn ${values.partySize <= PARTY_MIN ? 'stepper-off' : ''}`}
              role='button'
              aria-label='减少 1 人'
              aria-disabled={values.partySize <= PARTY_MIN}
              onClick={() => values.partySize > PARTY_MIN && !disabled && update({ partySize: values.partySize - 1 })}
            >
              −
            </Action>
            <Text className='stepper-value' aria-live='polite' aria-label={`人数 ${values.partySize} 人`}>
              {values.partySize} 人
            </Text>
            <Action
              className={`stepper-btn ${values.partySize >= PARTY_MAX ? 'stepper-off' : ''}`}
              role='button'
              aria-label='增加 1 人'
              aria-disabled={values.partySize >= PARTY_MAX}
              onClick={() => values.partySize < PARTY_MAX && !disabled && update({ partySize: values.partySize + 1 })}
            >
              +
            </Action>
          </View>
          <Text className='text-small'>每次最多 {PARTY_MAX} 人</Text>
          {errors.partySize ? (
            <View className='field-error' role='alert'>
              {errors.partySize}
            </View>
          ) : null}
        </View>

        <View className='field'>
          <View className='consent row'>
            <Action
              className={`consent-box ${values.consent ? 'consent-on' : ''} ${errors.consent ? 'consent-error' : ''}`}
              role='checkbox'
              aria-checked={values.consent}
              aria-label='我已阅读并同意个人信息保护说明'
              onClick={() => !disabled && update({ consent: !values.consent })}
            >
              {values.consent ? '✓' : ''}
            </Action>
            <View className='grow consent-text'>
              <View className='consent-plain' aria-hidden onClick={() => !disabled && update({ consent: !values.consent })}>
                我已阅读并同意
              </View>
              <Action className='link consent-link' role='link' aria-label='查看个人信息保护说明' onClick={() => go(ROUTES.privacy)}>
                《个人信息保护说明》
              </Action>
            </View>
          </View>
          {errors.consent ? (
            <View className='field-error' role='alert'>
              {errors.consent}
            </View>
          ) : null}
        </View>
      </View>

      {failure ? (
        <View className='notice signup-failure' role='alert'>
          <Text>{failure.message}</Text>
          {failure.retry ? (
            <Action className='btn btn-secondary signup-retry' role='button' aria-label='重试' aria-disabled={submitting} onClick={retry}>
              重试
            </Action>
          ) : null}
        </View>
      ) : null}

      <Action
        className={`btn btn-primary signup-submit ${disabled ? 'btn-disabled' : ''}`}
        role='button'
        aria-label={submitLabel}
        aria-disabled={disabled}
        onClick={submit}
      >
        {submitLabel}
      </Action>
    </View>
  )
}
