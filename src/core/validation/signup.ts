/**
 * The one validator of the sign-up form, shared by the mini-program (field errors beside each
 * field) and the API server (after the JSON schema at the edge). Pure: no Taro, no server code.
 */
import { TEXT_PROBLEM_MESSAGES, textProblem } from './text'

export interface FieldError {
  field: string
  code: string
  message: string
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

export interface SignupInput {
  name: string
  phone: string
  partySize: number
  consent: true
}

export const MOBILE_RE = /^1[3-9]\d{9}$/
export const NAME_MAX = 20
export const PARTY_MIN = 1
export const PARTY_MAX = 5

/**
 * Letters of any script (汉字, Latin, Uyghur…), combining marks, inner spaces and the separators
 * found in real names (· • ・ . -). No digits, no markup, no quotes or other SQL punctuation.
 */
const NAME_RE = /^\p{L}(?:[\p{L}\p{M} ·•・.-]*[\p{L}\p{M}.])?$/u

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Number of characters as a person counts them (code points, not UTF-16 units). */
export function charCount(s: string): number {
  return Array.from(s).length
}

export function validateName(raw: unknown): ValidationResult<string> {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return fail('name', 'REQUIRED', '请填写姓名')
  }
  if (typeof raw !== 'string') return fail('name', 'INVALID_TYPE', '姓名应为文字')
  const name = raw.trim().replace(/\s+/g, ' ').normalize('NFC')
  if (charCount(name) > NAME_MAX) return fail('name', 'TOO_LONG', `姓名不能超过 ${NAME_MAX} 个字`)
  const problem = textProblem(name)
  if (problem) return fail('name', 'INVALID_CHARS', `姓名${TEXT_PROBLEM_MESSAGES[problem]}，请输入真实姓名`)
  if (!NAME_RE.test(name)) return fail('name', 'INVALID_CHARS', '姓名只能包含文字，不能含数字或符号')
  return { ok: true, value: name }
}

export function validatePhone(raw: unknown): ValidationResult<string> {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return fail('phone', 'REQUIRED', '请填写手机号')
  }
  if (typeof raw !== 'string') return fail('phone', 'INVALID_TYPE', '手机号应为文字')
  // People type "138 0013 8000" or "138-0013-8000"; nothing else is tolerated.
  const phone = raw.trim().replace(/[\s-]/g, '')
  if (!MOBILE_RE.test(phone)) return fail('phone', 'INVALID_FORMAT', '手机号应为 11 位中国大陆手机号码（1 开头）')
  return { ok: true, value: phone }
}

export function validatePartySize(raw: unknown): ValidationResult<number> {
  if (raw === undefined || raw === null) return fail('partySize', 'REQUIRED', '请选择人数')
  if (typeof raw !== 'number' || !Number.isInteger(raw)) return fail('partySize', 'INVALID_TYPE', '人数应为整数')
  if (raw < PARTY_MIN || raw > PARTY_MAX) {
    return fail('partySize', 'OUT_OF_RANGE', `人数应在 ${PARTY_MIN} 到 ${PARTY_MAX} 人之间`)
  }
  return { ok: true, value: raw }
}

export function validateConsent(raw: unknown): ValidationResult<true> {
  if (raw !== true) return fail('consent', 'CONSENT_REQUIRED', '请阅读并同意《个人信息保护说明》')
  return { ok: true, value: true }
}

/** Validates the whole form; collects every field's error (first error per field). */
export function validateSignup(input: unknown): ValidationResult<SignupInput> {
  if (!isObject(input)) {
    return { ok: false, errors: [{ field: 'body', code: 'INVALID_TYPE', message: '报名信息应为 JSON 对象' }] }
  }
  const name = validateName(input.name)
  const phone = validatePhone(input.phone)
  const partySize = validatePartySize(input.partySize)
  const consent = validateConsent(input.consent)
  const errors: FieldError[] = []
  for (const r of [name, phone, partySize, consent]) if (!r.ok) errors.push(...r.errors)
  if (errors.length > 0 || !name.ok || !phone.ok || !partySize.ok) return { ok: false, errors }
  return { ok: true, value: { name: name.value, phone: phone.value, partySize: partySize.value, consent: true } }
}

function fail(field: string, code: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ field, code, message }] }
}
