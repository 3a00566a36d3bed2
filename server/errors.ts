/**
 * The API's one error shape: { error: { code, message } } with a stable English code and a
 * Chinese message. ApiError is thrown by routes and the store; the app's error handler turns
 * everything else (schema failures, bad JSON, oversized bodies, bugs) into the same shape.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldError } from '../src/core/validation/signup'

export class ApiError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly fields?: FieldError[]
  readonly headers?: Record<string, string>
  constructor(statusCode: number, code: string, message: string, extra?: { fields?: FieldError[]; headers?: Record<string, string> }) {
    super(message)
    this.name = 'ApiError'
    this.statusCode = statusCode
    this.code = code
    this.fields = extra?.fields
    this.headers = extra?.headers
  }
}

export const notFound = (message = '找不到请求的资源') => new ApiError(404, 'NOT_FOUND', message)

export function validationFailed(fields: FieldError[]): ApiError {
  return new ApiError(400, 'VALIDATION_FAILED', fields.map((f) => f.message).join('；'), { fields })
}

export function errorBody(code: string, message: string, fields?: FieldError[]) {
  return { error: fields && fields.length > 0 ? { code, message, fields } : { code, message } }
}

/** Chinese labels of the fields the API takes, for messages built from JSON-schema errors. */
const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  phone: '手机号',
  partySize: '人数',
  consent: '同意授权',
  code: '代码',
  from: '开始日期',
  to: '结束日期',
  district: '区',
  kind: '活动类型',
  id: '编号',
  title: '标题',
  summary: '简介',
  startsAt: '开始时间',
  endsAt: '结束时间',
  venue: '地点',
  address: '地址',
  speaker: '主讲',
  capacity: '名额',
  latitude: '纬度',
  longitude: '经度',
  cancelled: '取消标记'
}

const CONTEXT_LABELS: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头'
}

interface AjvError {
  keyword: string
  instancePath?: string
  params?: Record<string, unknown>
}

const TYPE_LABELS: Record<string, string> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: 'true 或 false',
  object: 'JSON 对象',
  array: '数组'
}

/** Turns the first JSON-schema error into a field error with a Chinese message naming the field. */
export function schemaErrorToField(e: AjvError, context: string): FieldError {
  const path = (e.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
  const p = e.params ?? {}
  const field = e.keyword === 'required' ? String(p.missingProperty ?? path) : e.keyword === 'additionalProperties' ? String(p.additionalProperty ?? path) : path || context
  const label = FIELD_LABELS[field] ? `${field}（${FIELD_LABELS[field]}）` : field
  const where = CONTEXT_LABELS[context] ?? '请求'
  let code = 'INVALID'
  let message: string
  switch (e.keyword) {
    case 'required':
      code = 'REQUIRED'
      message = `缺少${where}字段 ${label}`
      break
    case 'additionalProperties':
      code = 'UNKNOWN_FIELD'
      message = `${where}含有不认识的字段 ${label}`
      break
    case 'type': {
      code = 'INVALID_TYPE'
      const t = String(p.type ?? '')
      const want = t.split(',').map((x) => TYPE_LABELS[x] ?? x).join('或')
      message = path ? `${where}字段 ${label} 应为${want}` : `${where}应为${want}`
      break
    }
    case 'maxLength':
      code = 'TOO_LONG'
      message = `${where}字段 ${label} 过长（最多 ${p.limit} 个字符）`
      break
    case 'minLength':
      code = 'TOO_SHORT'
      message = `${where}字段 ${label} 不能为空或过短`
      break
    case 'pattern':
    case 'format':
      code = 'INVALID_FORMAT'
      message = `${where}字段 ${label} 格式不正确`
      break
    case 'enum':
      code = 'INVALID_VALUE'
      message = `${where}字段 ${label} 应为 ${(p.allowedValues as unknown[] | undefined)?.join('、') ?? ''} 之一`
      break
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      code = 'OUT_OF_RANGE'
      message = `${where}字段 ${label} 超出允许范围`
      break
    default:
      message = `${where}字段 ${label} 不符合要求`
  }
  return { field, code, message }
}

const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'BAD_JSON', '请求体不是有效的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'BAD_JSON', '请求体为空，但声明为 JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE', '请求体过大（上限 16 KB）'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型，请使用 application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', '请求头 Content-Length 与请求体不符'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'BAD_REQUEST', '请求头 Content-Type 无效'],
  FST_ERR_BAD_URL: [400, 'BAD_URL', '请求地址无效'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URI_TOO_LONG', '请求地址中的参数过长'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'BAD_REQUEST', '请求无效'],
  FST_ERR_VALIDATION: [400, 'VALIDATION_FAILED', '请求参数不符合要求']
}

const STATUS_FALLBACK: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求无效'],
  401: ['UNAUTHORIZED', '未登录或登录已失效'],
  403: ['FORBIDDEN', '无权访问'],
  404: ['NOT_FOUND', '找不到请求的资源'],
  405: ['METHOD_NOT_ALLOWED', '不支持该请求方法'],
  406: ['NOT_ACCEPTABLE', '无法提供请求的格式'],
  408: ['REQUEST_TIMEOUT', '请求超时'],
  409: ['CONFLICT', '请求与当前状态冲突'],
  411: ['LENGTH_REQUIRED', '缺少 Content-Length'],
  413: ['BODY_TOO_LARGE', '请求体过大（上限 16 KB）'],
  414: ['URI_TOO_LONG', '请求地址过长'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型'],
  416: ['RANGE_NOT_SATISFIABLE', '请求的范围无效'],
  429: ['RATE_LIMITED', '请求过于频繁，请稍后再试'],
  431: ['HEADERS_TOO_LARGE', '请求头过大']
}

export function handleError(err: FastifyError | ApiError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ApiError) {
    if (err.headers) reply.headers(err.headers)
    return reply.code(err.statusCode).send(errorBody(err.code, err.message, err.fields))
  }
  const fe = err as FastifyError & { validation?: AjvError[]; validationContext?: string }
  if (Array.isArray(fe.validation) && fe.validation.length > 0) {
    const fields = fe.validation.slice(0, 5).map((v) => schemaErrorToField(v, fe.validationContext ?? 'body'))
    return reply.code(400).send(errorBody('VALIDATION_FAILED', fields[0].message, fields))
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined
  if (known) return reply.code(known[0]).send(errorBody(known[1], known[2]))
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500
  if (status >= 400 && status < 500) {
    const [code, message] = STATUS_FALLBACK[status] ?? ['BAD_REQUEST', '请求无效']
    return reply.code(status).send(errorBody(code, message))
  }
  // A real bug or an outage: log it server-side (never the body), answer without a stack.
  request.log.error({ err }, 'request failed')
  return reply.code(500).send(errorBody('INTERNAL', '服务器内部错误，请稍后再试'))
}
