/**
 * The bureau's facts as one JSON document (bureau.config.json, or the sample
 * bureau.config.example.json): its shape and a pure validator whose errors name the field, so a
 * build with a half-edited file stops with a message a bureau worker can act on. No I/O here:
 * scripts/bureau-config.ts reads the file, config/index.ts injects the result into the app.
 */

export interface BureauReception {
  address: string
  hours: string
  phone: string
  mailingAddress: string
}

export interface BureauOnlineChannel {
  /** What citizens see, e.g. 「××市网上信访平台」. */
  name: string
  /** The channel's public https address. */
  url: string
  /** How to look up a case's progress (条例第十八条). */
  progressQuery: string
}

export interface BureauConfig {
  /** true while the values are placeholders: the app labels them 示例 and a release build refuses them. */
  sample: boolean
  name: string
  city: string
  /** The districts the event calendar filters by. */
  districts: string[]
  reception: BureauReception
  onlineChannel: BureauOnlineChannel
  /** The mini-program's AppID (wx + 16 hex digits); project.config.json follows it. */
  appid: string
  /** Public https origin for short links printed on posters (QR codes), without a trailing slash. */
  publicBase: string
}

export interface BureauConfigError {
  /** Dotted path of the field, e.g. `reception.phone`. */
  field: string
  message: string
}

export type BureauValidation = { ok: true; config: BureauConfig } | { ok: false; errors: BureauConfigError[] }

const APPID_RE = /^wx[0-9a-f]{16}$/
/** Placeholder marks a real configuration must not contain. */
const PLACEHOLDER_RE = /示例|××|XX市|\bexample\.(com|org|net)\b/i
/** Digits with optional area-code hyphen or spaces, e.g. 0592-1234567, 12345. */
const PHONE_RE = /^[0-9][0-9 -]{3,19}$/

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function httpsUrl(v: string): boolean {
  const m = /^https:\/\/([a-z0-9.-]+)(:[0-9]+)?(\/\S*)?$/i.exec(v)
  return Boolean(m) && m![1].includes('.')
}

/** Validates a parsed bureau.config.json. Every problem is reported, each naming its field. */
export function validateBureauConfig(raw: unknown): BureauValidation {
  const errors: BureauConfigError[] = []
  const err = (field: string, message: string) => errors.push({ field, message })
  if (!isRecord(raw)) return { ok: false, errors: [{ field: '(root)', message: '必须是一个 JSON 对象 / must be a JSON object' }] }

  const text = (obj: Record<string, unknown>, key: string, path: string): string => {
    const v = obj[key]
    if (typeof v !== 'string' || v.trim() === '') {
      err(path, '必填，应为非空文字 / required non-empty string')
      return ''
    }
    return v.trim()
  }
  const section = (key: string): Record<string, unknown> => {
    const v = raw[key]
    if (!isRecord(v)) {
      err(key, '必填，应为对象 / required object')
      return {}
    }
    return v
  }

  if (typeof raw.sample !== 'boolean') err('sample', '必填：示例值写 true，本局正式信息写 false / required boolean')
  const sample = raw.sample !== false

  const name = text(raw, 'name', 'name')
  const city = text(raw, 'city', 'city')

  let districts: string[] = []
  if (!Array.isArray(raw.districts) || raw.districts.length === 0) {
    err('districts', '必填，至少一个区县名称 / required non-empty array of names')
  } else {
    raw.districts.forEach((d, i) => {
      if (typeof d !== 'string' || d.trim() === '') err(`districts[${i}]`, '应为非空文字 / must be a non-empty string')
    })
    districts = raw.districts.filter((d): d is string => typeof d === 'string').map((d) => d.trim())
    if (new Set(districts).size !== districts.length) err('districts', '区县名称重复 / duplicate names')
  }

  const rec = section('reception')
  const reception: BureauReception = {
    address: text(rec, 'address', 'reception.address'),
    hours: text(rec, 'hours', 'reception.hours'),
    phone: text(rec, 'phone', 'reception.phone'),
    mailingAddress: text(rec, 'mailingAddress', 'reception.mailingAddress')
  }
  if (!sample && reception.phone && !PHONE_RE.test(reception.phone)) {
    err('reception.phone', '应为可拨打的号码，如 0592-1234567 / must be a dialable number')
  }

  const oc = section('onlineChannel')
  const onlineChannel: BureauOnlineChannel = {
    name: text(oc, 'name', 'onlineChannel.name'),
    url: text(oc, 'url', 'onlineChannel.url'),
    progressQuery: text(oc, 'progressQuery', 'onlineChannel.progressQuery')
  }
  if (onlineChannel.url && !httpsUrl(onlineChannel.url)) err('onlineChannel.url', '应为 https:// 开头的网址 / must be an https URL')

  const appid = text(raw, 'appid', 'appid')
  if (appid && !APPID_RE.test(appid) && !(sample && appid === 'touristappid')) {
    err('appid', '应为小程序 AppID（wx 加 16 位十六进制），见微信公众平台「开发管理」 / must be wx + 16 hex digits')
  }

  let publicBase = text(raw, 'publicBase', 'publicBase')
  if (publicBase && !httpsUrl(publicBase)) err('publicBase', '应为 https:// 开头的网址 / must be an https URL')
  publicBase = publicBase.replace(/\/+$/, '')

  const config: BureauConfig = { sample, name, city, districts, reception, onlineChannel, appid, publicBase }
  if (!sample) {
    // A file marked real must not still carry the sample's placeholders anywhere.
    for (const [field, value] of flatten(config)) {
      if (typeof value === 'string' && PLACEHOLDER_RE.test(value)) err(field, `仍是示例值「${value}」：请填入本局正式公布的信息 / still a placeholder`)
    }
    if (appid === 'touristappid') err('appid', '仍是示例 AppID：请填入本小程序的 AppID / still the sample AppID')
  }
  return errors.length ? { ok: false, errors } : { ok: true, config }
}

function flatten(obj: unknown, prefix = ''): Array<[string, unknown]> {
  if (Array.isArray(obj)) return obj.flatMap((v, i) => flatten(v, `${prefix}[${i}]`))
  if (isRecord(obj)) return Object.entries(obj).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
  return [[prefix, obj]]
}

/** One line per error, e.g. `bureau.config.json: reception.phone: 必填…`. */
export function formatBureauErrors(file: string, errors: BureauConfigError[]): string {
  return errors.map((e) => `${file}: ${e.field}: ${e.message}`).join('\n')
}
