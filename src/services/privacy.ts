import { DEFAULT_RETENTION, type RetentionPolicy } from '../core/privacy/retention'
import { api } from './api'

function isDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3650
}

/** The server's personal-data retention (GET /api/privacy); throws when it cannot be read. */
export async function fetchRetentionPolicy(): Promise<RetentionPolicy> {
  const res = await api.request<Partial<RetentionPolicy>>('/api/privacy')
  if (!isDays(res?.retentionDays) || !isDays(res?.sessionIdleDays)) throw new Error('unexpected /api/privacy answer')
  return { retentionDays: res.retentionDays, sessionIdleDays: res.sessionIdleDays }
}

export { DEFAULT_RETENTION }
