import { DRAFT_TTL_HOURS, draftExpired, expiredDraftKeys } from '../../../src/core/privacy/draft'
import { privacyNotice } from '../../../src/content/privacy-notice'
import { pendingSignupKey } from '../../../src/core/calendar/idempotency'

const now = Date.UTC(2026, 10, 30, 8, 0)
const hour = 3600 * 1000

test('a sign-up draft lives DRAFT_TTL_HOURS; missing or future stamps count as expired', () => {
  expect(DRAFT_TTL_HOURS).toBe(24)
  expect(draftExpired(now - 23 * hour, now)).toBe(false)
  expect(draftExpired(now - 24 * hour, now)).toBe(true)
  expect(draftExpired(undefined, now)).toBe(true)
  expect(draftExpired(now + 2 * hour, now)).toBe(true)
})

test('the sweep picks only expired sign-up drafts', () => {
  const entries: Array<[string, unknown]> = [
    [pendingSignupKey('a'), { key: 'k1', savedAt: now - 30 * hour, body: { name: '张三' } }],
    [pendingSignupKey('b'), { key: 'k2', savedAt: now - hour }],
    [pendingSignupKey('c'), { key: 'k3' }],
    ['careMode', true]
  ]
  expect(expiredDraftKeys(entries, now)).toEqual([pendingSignupKey('a'), pendingSignupKey('c')])
})

test('the privacy notice says how long an unfinished sign-up stays on the phone', () => {
  const text = privacyNotice({ retentionDays: 30, sessionIdleDays: 180 }).flatMap((s) => s.items).join('\n')
  expect(text).toContain(`${DRAFT_TTL_HOURS} 小时内没有完成的，自动从手机上删除`)
})
