/**
 * The API's one error shape: { error: { code, message } } with a stable English code and a
 * Chinese message. ApiError is thrown by routes and repositories; handleError (registered by
 * plugins/errors.ts) turns everything else (schema failures, bad JSON, oversized bodies, a busy
 * database, bugs) into the same shape.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { FieldError } from '../src/core/validation/signup'
import { DatabaseBusyError } from './db'

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

const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'BAD_JSON', '请求体不是有效的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'BAD_JSON', '请求体为空，但声明为 JSON'],
  FST_ERR_CTP_INVALID_CONTENT_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求体类型，请使用 application/json'],
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
  503: ['UNAVAILABLE', '服务暂时不可用，请稍后再试'],
  431: ['HEADERS_TOO_LARGE', '请求头过大']
}

export function handleError(err: FastifyError | ApiError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof ApiError) {
    if (err.headers) reply.headers(err.headers)
    return reply.code(err.statusCode).send(errorBody(err.code, err.message, err.fields))
  }
  if (err instanceof DatabaseBusyError) {
    return reply.code(503).header('Retry-After', '2').send(errorBody('DB_BUSY', '系统繁忙，请稍后再试'))
  }
  const fe = err as Omit<FastifyError, 'validation'> & { validation?: Array<{ fieldError?: FieldError }> }
  if (Array.isArray(fe.validation) && fe.validation.length > 0) {
    // The validator compiler (plugins/errors.ts) attaches the contract's field errors.
    const fields = fe.validation
      .map((v) => v.fieldError)
      .filter((f): f is FieldError => !!f)
      .slice(0, 5)
    if (fields.length > 0) return reply.code(400).send(errorBody('VALIDATION_FAILED', fields[0].message, fields))
    return reply.code(400).send(errorBody('VALIDATION_FAILED', '请求参数不符合要求'))
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined
  if (known) return reply.code(known[0]).send(errorBody(known[1], known[2]))
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500
  if (status >= 400 && status < 500 || status === 503) {
    const [code, message] = STATUS_FALLBACK[status] ?? ['BAD_REQUEST', '请求无效']
    return reply.code(status).send(errorBody(code, message))
  }
  // A real bug or an outage: log it server-side (never the body), answer without a stack.
  request.log.error({ err }, 'request failed')
  return reply.code(500).send(errorBody('INTERNAL', '服务器内部错误，请稍后再试'))
}

/** Requests Node's HTTP parser rejects (bad URL bytes, oversized headers, timeouts) get our error shape too. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [status, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', '请求头过大']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', '请求超时']
        : [400, 'BAD_REQUEST', '请求格式无效']
  const body = JSON.stringify(errorBody(code, message))
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${code}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`
    )
  }
  socket.destroy(err)
}
