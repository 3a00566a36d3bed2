/**
 * Checks a value against a contract schema (contract.ts) and turns TypeBox's errors into the
 * API's field errors: a stable code and a Chinese message naming the field by its label. The
 * server's route validation and `cli -- events import` both report through here. Server and CLI
 * only (TypeBox's checker is not for the mini-program bundle).
 */
import type { TSchema } from '@sinclair/typebox'
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors'
import { Value } from '@sinclair/typebox/value'
import type { FieldError, ValidationResult } from '../validation/signup'
import { FIELD_LABELS } from './contract'

/** Where a value came from, for the message: body, querystring, params, headers. */
export type Part = 'body' | 'querystring' | 'params' | 'headers' | 'file'

const PART_LABELS: Record<Part, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
  file: ''
}

const TYPE_LABELS: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.String]: '文字',
  [ValueErrorType.Integer]: '整数',
  [ValueErrorType.Number]: '数字',
  [ValueErrorType.Boolean]: 'true 或 false',
  [ValueErrorType.Object]: 'JSON 对象',
  [ValueErrorType.Array]: '数组'
}

/** The field a TypeBox error is about ('' for the whole value). */
function fieldOf(e: ValueError): string {
  return e.path.replace(/^\//, '').replace(/\//g, '.')
}

export function toFieldError(e: ValueError, part: Part): FieldError {
  const field = fieldOf(e)
  const title = typeof e.schema.title === 'string' ? e.schema.title : undefined
  const label = FIELD_LABELS[field] ?? title
  const named = field ? (label ? `${field}（${label}）` : field) : ''
  const where = PART_LABELS[part]
  const subject = named ? `${where}字段 ${named}` : where || '内容'
  const s = e.schema as Record<string, unknown>
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { field, code: 'REQUIRED', message: `缺少${where}字段 ${named}` }
    case ValueErrorType.ObjectAdditionalProperties:
      return { field, code: 'UNKNOWN_FIELD', message: `${where}含有不认识的字段 ${field}` }
    case ValueErrorType.StringMaxLength:
      return { field, code: 'TOO_LONG', message: `${subject} 过长（最多 ${s.maxLength} 个字符）` }
    case ValueErrorType.StringMinLength:
      return { field, code: 'TOO_SHORT', message: `${subject} 不能为空或过短` }
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
      return { field, code: 'INVALID_FORMAT', message: `${subject} 格式不正确` }
    case ValueErrorType.Union:
    case ValueErrorType.Literal: {
      const options = Array.isArray(s.anyOf) ? (s.anyOf as Array<{ const?: unknown }>).map((x) => x.const).filter((x) => typeof x === 'string') : []
      if (options.length > 0) return { field, code: 'INVALID_VALUE', message: `${subject} 应为 ${options.join('、')} 之一` }
      return { field, code: 'INVALID_VALUE', message: `${subject} 不符合要求` }
    }
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerExclusiveMaximum:
    case ValueErrorType.IntegerExclusiveMinimum:
    case ValueErrorType.NumberExclusiveMaximum:
    case ValueErrorType.NumberExclusiveMinimum: {
      const range = s.minimum !== undefined && s.maximum !== undefined ? `（${s.minimum} 到 ${s.maximum}）` : ''
      return { field, code: 'OUT_OF_RANGE', message: `${subject} 超出允许范围${range}` }
    }
    case ValueErrorType.ObjectMinProperties:
      return { field, code: 'REQUIRED', message: `${where || '内容'}不能为空` }
    default: {
      const want = TYPE_LABELS[e.type]
      if (want) return { field, code: 'INVALID_TYPE', message: `${subject} 应为${want}` }
      return { field, code: 'INVALID', message: `${subject} 不符合要求` }
    }
  }
}

/** The first error of each field, at most `max` of them. */
export function fieldErrors(errors: Iterable<ValueError>, part: Part, max = 5): FieldError[] {
  const out: FieldError[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    const f = toFieldError(e, part)
    if (seen.has(f.field)) continue
    seen.add(f.field)
    out.push(f)
    if (out.length >= max) break
  }
  return out
}

/** Checks `value` against `schema`; on failure, field errors as the API reports them. */
export function checkContract<T>(schema: TSchema, value: unknown, part: Part = 'body'): ValidationResult<T> {
  if (Value.Check(schema, value)) return { ok: true, value: value as T }
  return { ok: false, errors: fieldErrors(Value.Errors(schema, value), part) }
}
