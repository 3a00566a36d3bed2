import Taro from '@tarojs/taro'
import { createApiClient, type Transport } from '../core/api/client'
import { readStored } from './storage'

export const taroTransport: Transport = async (req) => {
  const res = await Taro.request({
    url: req.url,
    method: req.method,
    data: req.data as TaroGeneral.IAnyObject | undefined,
    header: req.headers,
    timeout: req.timeoutMs,
    dataType: 'json'
  })
  return { status: res.statusCode, data: res.data, headers: res.header as Record<string, string | undefined> }
}

export const SESSION_KEY = 'sessionToken'

/** The app's single API client; the base URL comes from the build (config/index.ts). */
export const api = createApiClient({
  baseUrl: API_BASE,
  transport: taroTransport,
  getToken: () => readStored<string | undefined>(SESSION_KEY, undefined)
})
