import { seatsLabel, signupBlockedReason, signupStatusLabel, STATUS_LABELS } from '../../../src/core/events/status'
import { EVENT_STATUSES } from '../../../src/core/events/types'

test('every event status has its label, and the seat line says how many are left while open', () => {
  for (const status of EVENT_STATUSES) expect(STATUS_LABELS.event[status]).toMatch(/[\u4e00-\u9fff]/)
  expect(seatsLabel({ status: 'open', seatsLeft: 12 })).toBe('剩余 12 个名额')
  expect(seatsLabel({ status: 'full', seatsLeft: 0 })).toBe(STATUS_LABELS.event.full)
})

test('a sign-up reads 已报名, 候补第 N 位 or 已取消 for its citizen, and the staff words in exports', () => {
  expect(signupStatusLabel({ status: 'confirmed', position: null })).toBe('已报名')
  expect(signupStatusLabel({ status: 'waitlisted', position: 3 })).toBe('候补第 3 位')
  expect(signupStatusLabel({ status: 'waitlisted', position: null })).toBe('候补中')
  expect(signupStatusLabel({ status: 'cancelled', position: null })).toBe('已取消')
  expect(STATUS_LABELS.signup.staff).toEqual({ confirmed: '已确认', waitlisted: '候补', cancelled: '已取消' })
})

test('only closed and cancelled events refuse sign-ups, each with its reason', () => {
  expect(EVENT_STATUSES.map((status) => signupBlockedReason({ status }))).toEqual([null, null, STATUS_LABELS.signupBlocked.closed, STATUS_LABELS.signupBlocked.cancelled])
})
