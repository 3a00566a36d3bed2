/**
 * Validation of the events staff publish (admin API and `events import`). Types and lengths come
 * from the one contract (contract.ts); this adds what a schema cannot say: trimmed texts that are
 * not empty, no control, bidi or invisible characters, real times normalised to +08:00 in the
 * years 2000–2100, a sane duration, and (when creating) a start that is not in the past.
 */
import { EventCreateBody, EventPatchBody, EVENT_TEXT_LIMITS, type EventInput } from '../events/contract'
import { checkContract } from '../events/check'
import { normaliseIso } from '../date'
import type { FieldError, ValidationResult } from './signup'
import { TEXT_PROBLEM_MESSAGES, textProblem } from './text'

export { CAPACITY_MAX } from '../events/contract'

type TextField = keyof typeof EVENT_TEXT_LIMITS

export const YEAR_MIN = 2000
export const YEAR_MAX = 2100
export const DURATION_MIN_MS = 10 * 60_000
export const DURATION_MAX_MS = 24 * 3600_000

/** Control characters other than tab/newline have no business in event texts. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export interface EventRules {
  /** When given, the start may not be before this instant (ms): creating, or moving, an event. */
  notBefore?: number
}

export function validateEventInput(input: unknown, rules: EventRules = {}): ValidationResult<EventInput> {
  const shape = checkContract<EventCreateBody>(EventCreateBody, input)
  if (!shape.ok) return shape
  const raw = shape.value
  const errors: FieldError[] = []
  const out: Partial<EventInput> = { kind: raw.kind, capacity: raw.capacity, latitude: raw.latitude, longitude: raw.longitude }

  for (const field of Object.keys(EVENT_TEXT_LIMITS) as TextField[]) {
    const { label, min } = EVENT_TEXT_LIMITS[field]
    const v = (raw[field] ?? '').trim().normalize('NFC')
    const problem = textProblem(v)
    if (v.length < min) errors.push({ field, code: 'REQUIRED', message: `请填写${label}（${field}）` })
    else if (CONTROL_RE.test(v)) errors.push({ field, code: 'INVALID_CHARS', message: `${label}（${field}）含有控制字符` })
    else if (problem) errors.push({ field, code: 'INVALID_CHARS', message: `${label}（${field}）${TEXT_PROBLEM_MESSAGES[problem]}` })
    else out[field] = v
  }

  for (const field of ['startsAt', 'endsAt'] as const) {
    const label = field === 'startsAt' ? '开始时间' : '结束时间'
    const v = normaliseIso(raw[field])
    const year = v ? Number(v.slice(0, 4)) : NaN
    if (v === null) {
      errors.push({ field, code: 'INVALID_FORMAT', message: `${label}（${field}）应为带时区的 ISO 8601 时间，如 2025-06-03T14:30:00+08:00` })
    } else if (year < YEAR_MIN || year > YEAR_MAX) {
      errors.push({ field, code: 'OUT_OF_RANGE', message: `${label}（${field}）应在 ${YEAR_MIN} 到 ${YEAR_MAX} 年之间` })
    } else out[field] = v
  }
  if (out.startsAt && out.endsAt) {
    const duration = Date.parse(out.endsAt) - Date.parse(out.startsAt)
    if (duration <= 0) errors.push({ field: 'endsAt', code: 'BEFORE_START', message: '结束时间（endsAt）应晚于开始时间' })
    else if (duration < DURATION_MIN_MS || duration > DURATION_MAX_MS) {
      errors.push({ field: 'endsAt', code: 'BAD_DURATION', message: '活动时长应在 10 分钟到 24 小时之间，多日活动请分场发布' })
    }
  }
  if (out.startsAt && rules.notBefore !== undefined && Date.parse(out.startsAt) < rules.notBefore) {
    errors.push({ field: 'startsAt', code: 'IN_THE_PAST', message: '开始时间（startsAt）不能早于现在' })
  }

  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: out as EventInput }
}

/**
 * Validates a patch by validating the merged result; `cancelled` must be a boolean if given.
 * A start that the patch moves may not land in the past (`rules.notBefore`).
 */
export function validateEventPatch(
  current: EventInput,
  patch: unknown,
  rules: EventRules = {}
): ValidationResult<{ input: EventInput; cancelled?: boolean }> {
  const shape = checkContract<EventPatchBody>(EventPatchBody, patch)
  if (!shape.ok) return shape
  const { cancelled, ...rest } = shape.value
  const moved = rest.startsAt !== undefined && normaliseIso(rest.startsAt) !== current.startsAt
  const merged = validateEventInput({ ...current, ...rest }, moved ? rules : {})
  if (!merged.ok) return merged
  return { ok: true, value: { input: merged.value, cancelled } }
}
