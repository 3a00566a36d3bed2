/**
 * WeChat code2session: exchanges the code from wx.login for the user's openid. The fetch is
 * injectable (tests stub it; this machine has no network). The session_key is never stored.
 */
import { ApiError } from './errors'

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

export interface WechatConfig {
  appId: string
  secret: string
  fetch?: FetchLike
  /** Defaults to https://api.weixin.qq.com */
  baseUrl?: string
}

export async function code2session(cfg: WechatConfig, code: string): Promise<{ openid: string }> {
  const f: FetchLike = cfg.fetch ?? ((url, init) => fetch(url, init))
  const url =
    `${cfg.baseUrl ?? 'https://api.weixin.qq.com'}/sns/jscode2session` +
    `?appid=${encodeURIComponent(cfg.appId)}&secret=${encodeURIComponent(cfg.secret)}` +
    `&js_code=${encodeURIComponent(code)}&grant_type=authorization_code`
  let data: { openid?: unknown; errcode?: unknown }
  try {
    const res = await f(url, { signal: AbortSignal.timeout(5000) })
    data = (await res.json()) as typeof data
  } catch {
    throw new ApiError(502, 'WECHAT_UNAVAILABLE', '暂时无法连接微信登录服务，请稍后再试')
  }
  const errcode = Number(data?.errcode ?? 0)
  if (errcode === 40029 || errcode === 40163 || errcode === 40226) {
    throw new ApiError(400, 'WECHAT_CODE_INVALID', '微信登录凭证无效或已使用，请重新登录')
  }
  if (errcode === 45011) throw new ApiError(429, 'RATE_LIMITED', '微信登录过于频繁，请稍后再试')
  if (errcode !== 0 || typeof data?.openid !== 'string' || data.openid === '') {
    throw new ApiError(502, 'WECHAT_UNAVAILABLE', '微信登录服务返回异常，请稍后再试')
  }
  return { openid: data.openid }
}
