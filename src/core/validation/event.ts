/**
 * Validation of the events staff publish (admin API and `events import`). Pure. Normalises
 * times to the canonical +08:00 form and trims texts.
 */
import { EVENT_KINDS, type EventInput, type EventKind, type EventPatch } from '../events/types'
import { normaliseIso } from '../date'
import { charCount, type FieldError, type ValidationResult } from './signup'

const LIMITS = {
  title: { label: '标题', min: 1, max: 60 },
  summary: { label: '简介', min: 0, max: 500 },
  venue: { label: '地点', min: 1, max: 60 },
  address: { label: '地址', min: 0, max: 120 },
  district: { label: '区', min: 1, max: 20 },
  speaker: { label: '主讲', min: 0, max: 40 }
} as const

type TextField = keyof typeof LIMITS

export const CAPACITY_MAX = 100000

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Control characters other than tab/newline have no business in event texts. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export function validateEventInput(input: unknown): ValidationResult<EventInput> {
  if (!isObject(input)) {
    return { ok: false, errors: [{ field: 'body', code: 'INVALID_TYPE', message: '活动信息应为 JSON 对象' }] }
  }
  const errors: FieldError[] = []
  const out: Partial<EventInput> = {}

  if (typeof input.kind !== 'string' || !(EVENT_KINDS as readonly string[]).includes(input.kind)) {
    errors.push({ field: 'kind', code: 'INVALID_VALUE', message: `活动类型（kind）应为 ${EVENT_KINDS.join('、')} 之一` })
  } else out.kind = input.kind as EventKind

  for (const field of Object.keys(LIMITS) as TextField[]) {
    const { label, min, max } = LIMITS[field]
    const raw = input[field] ?? (min === 0 ? '' : undefined)
    if (typeof raw !== 'string') {
      errors.push({ field, code: raw === undefined ? 'REQUIRED' : 'INVALID_TYPE', message: `${label}（${field}）应为文字` })
      continue
    }
    const v = raw.trim()
    const n = charCount(v)
    if (n < min) errors.push({ field, code: 'REQUIRED', message: `请填写${label}（${field}）` })
    else if (n > max) errors.push({ field, code: 'TOO_LONG', message: `${label}（${field}）不能超过 ${max} 个字` })
    else if (CONTROL_RE.test(v)) errors.push({ field, code: 'INVALID_CHARS', message: `${label}（${field}）含有控制字符` })
    else out[field] = v
  }

  for (const field of ['startsAt', 'endsAt'] as const) {
    const label = field === 'startsAt' ? '开始时间' : '结束时间'
    const raw = input[field]
    const v = typeof raw === 'string' ? normaliseIso(raw) : null
    if (v === null) {
      errors.push({ field, code: 'INVALID_FORMAT', message: `${label}（${field}）应为带时区的 ISO 8601 时间，如 2025-06-03T14:30:00+08:00` })
    } else out[field] = v
  }
  if (out.startsAt && out.endsAt && Date.parse(out.endsAt) <= Date.parse(out.startsAt)) {
    errors.push({ field: 'endsAt', code: 'BEFORE_START', message: '结束时间（endsAt）应晚于开始时间' })
    delete out.endsAt
  }

  const cap = input.capacity
  if (typeof cap !== 'number' || !Number.isInteger(cap) || cap < 1 || cap > CAPACITY_MAX) {
    errors.push({ field: 'capacity', code: 'OUT_OF_RANGE', message: `名额（capacity）应为 1 到 ${CAPACITY_MAX} 的整数` })
  } else out.capacity = cap

  for (const [field, lim] of [['latitude', 90], ['longitude', 180]] as const) {
    const v = input[field]
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > lim) {
      errors.push({ field, code: 'OUT_OF_RANGE', message: `${field === 'latitude' ? '纬度' : '经度'}（${field}）应为 -${lim} 到 ${lim} 之间的数字` })
    } else out[field] = v
  }

  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: out as EventInput }
}

/** Validates a patch by validating the merged result; `cancelled` must be a boolean if given. */
export function validateEventPatch(current: EventInput, patch: unknown): ValidationResult<{ input: EventInput; cancelled?: boolean }> {
  if (!isObject(patch)) {
    return { ok: false, errors: [{ field: 'body', code: 'INVALID_TYPE', message: '修改内容应为 JSON 对象' }] }
  }
  const p = patch as EventPatch & Record<string, unknown>
  if (p.cancelled !== undefined && typeof p.cancelled !== 'boolean') {
    return { ok: false, errors: [{ field: 'cancelled', code: 'INVALID_TYPE', message: '取消标记（cancelled）应为 true 或 false' }] }
  }
  const { cancelled, ...rest } = p
  const merged = validateEventInput({ ...current, ...rest })
  if (!merged.ok) return merged
  return { ok: true, value: { input: merged.value, cancelled } }
}
