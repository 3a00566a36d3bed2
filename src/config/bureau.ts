/**
 * The bureau's official facts, read from ONE file: BUREAU_CONFIG, else bureau.config.json, else
 * the sample bureau.config.example.json. The build validates that file (src/core/bureau/config.ts,
 * errors name the field) and injects it as BUREAU_CONFIG; jest and node scripts, which have no
 * build step, read the sample. While `isSample` is true the app labels every value 「示例」 and
 * `npm run build:release` refuses to build (unless RELEASE_ALLOW_SAMPLE=1, a demo build).
 * Another city's bureau edits its JSON file, never this one.
 */
import type { BureauConfig } from '../core/bureau/config'

declare const BUREAU_CONFIG: BureauConfig

// In a Taro build TARO_ENV is a constant, so the bundler drops the sample branch and its require.
const config: BureauConfig = process.env.TARO_ENV
  ? BUREAU_CONFIG
  : // eslint-disable-next-line @typescript-eslint/no-require-imports
    { ...(require('../../bureau.config.example.json') as BureauConfig), sample: true }

export const BUREAU = {
  isSample: config.sample,
  name: config.name,
  city: config.city,
  districts: config.districts as readonly string[],
  address: config.reception.address,
  receptionHours: config.reception.hours,
  phone: config.reception.phone,
  mailingAddress: config.reception.mailingAddress,
  onlineChannel: config.onlineChannel.name,
  onlineChannelUrl: config.onlineChannel.url,
  progressQuery: config.onlineChannel.progressQuery,
  appid: config.appid,
  publicBase: config.publicBase
} as const

export const SAMPLE_LABEL = '示例数据：以信访局正式公布为准'
