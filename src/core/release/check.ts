/**
 * What `npm run build:release` refuses before building: a weapp release must call the bureau's
 * registered https domains (WeChat rejects anything else on a phone), never a loopback address,
 * and must not publish sample facts unless it is knowingly a demo (RELEASE_ALLOW_SAMPLE=1).
 * Pure: the script passes the environment and the loaded bureau config in.
 */

export interface ReleaseInput {
  apiBase: string | undefined
  mediaBase: string | undefined
  /** Whether the bureau facts are samples (bureau config `sample: true`, or the example file in use). */
  bureauIsSample: boolean
  /** The bureau config file in use, for the message. */
  bureauFile: string
  allowSample: boolean
}

const LOOPBACK_RE = /(^|[^0-9a-z.-])(localhost|127(\.[0-9]{1,3}){3}|0\.0\.0\.0|\[::1?\])(?![0-9a-z.-])/i

/** Whether a text contains a loopback host (localhost, 127.x.x.x, 0.0.0.0, [::1]). */
export function findLoopback(text: string): string | null {
  const m = LOOPBACK_RE.exec(text)
  return m ? m[2] : null
}

function checkBase(name: string, value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return `${name} 未设置：请设为已在微信公众平台登记的 https 域名 / ${name} is not set (needs the registered https:// domain)`
  const v = value.trim()
  if (!/^https:\/\/[^/\s]+\.[^/\s]+/i.test(v)) return `${name}=${v} 不是 https:// 网址：微信只允许登记过的 https 域名 / ${name} must be an https:// URL`
  const lb = findLoopback(v)
  if (lb) return `${name}=${v} 指向本机 ${lb}，手机上无法访问 / ${name} points at a loopback address`
  return null
}

/** The first problem as one line, or null when the release may be built. */
export function checkRelease(input: ReleaseInput): string | null {
  const problem = checkBase('API_BASE', input.apiBase) ?? checkBase('MEDIA_BASE', input.mediaBase)
  if (problem) return problem
  if (input.bureauIsSample && !input.allowSample) {
    return `${input.bureauFile} 是示例信息（sample），微信审核会拒绝占位内容：请填写本局正式信息并设 "sample": false，或设 RELEASE_ALLOW_SAMPLE=1 构建演示版 / bureau facts are samples`
  }
  return null
}
