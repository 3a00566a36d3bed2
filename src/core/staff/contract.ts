/**
 * The staff API contract, written once in TypeBox beside the events contract: requests
 * (validated by the server) and answers (serialised through these schemas, so an answer carries
 * only what they list: never a password hash). The console imports only the types.
 */
import { Type, type Static } from '@sinclair/typebox'
import { PublicEvent } from '../events/contract'
import { EVENT_ID_PATTERN } from '../events/contract'
import { STAFF_ROLES } from './roles'
import { AUDIT_ACTIONS, type AuditAction } from './audit'
import { PASSWORD_MAX_LENGTH } from './rules'

const Role = Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)), { title: '角色' })
const Username = Type.String({ minLength: 1, maxLength: 64, title: '用户名' })
// Length and characters are checked by the rules (checkPassword …) for their own messages.
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH * 2, title: '密码' })
const Id = Type.String({ pattern: EVENT_ID_PATTERN, title: '编号' })

export const StaffIdentity = Type.Object({ username: Type.String(), displayName: Type.String(), role: Role })

/** POST /api/staff/login */
export const StaffLoginRequest = Type.Object({ username: Username, password: Password }, { additionalProperties: false })

/** POST /api/staff/login and GET /api/staff/me: send csrfToken as `x-csrf-token` on every change. */
export const StaffSessionResponse = Type.Object({ csrfToken: Type.String(), staff: StaffIdentity })

export const StaffAccount = Type.Object({ ...StaffIdentity.properties, disabled: Type.Boolean(), createdAt: Type.String() })
export const StaffListResponse = Type.Object({ staff: Type.Array(StaffAccount) })

/** POST /api/admin/staff */
export const StaffCreateRequest = Type.Object(
  { username: Username, displayName: Type.String({ maxLength: 100, title: '姓名' }), role: Type.String({ maxLength: 20, title: '角色' }), password: Password },
  { additionalProperties: false }
)
export const StaffCreated = Type.Object({ ...StaffIdentity.properties, disabled: Type.Boolean() })
export const UsernameParams = Type.Object({ username: Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$', title: '用户名' }) })
export const PasswordBody = Type.Object({ password: Password }, { additionalProperties: false })

/** GET /api/admin/events?scope=upcoming|past */
export const StaffEventQuery = Type.Object(
  { scope: Type.Optional(Type.Union([Type.Literal('upcoming'), Type.Literal('past')], { title: '范围' })) },
  { additionalProperties: false }
)

/** One event in the console's list: the public fields plus counts (no personal data). */
export const StaffEventSummary = Type.Object({
  ...PublicEvent.properties,
  /** Seats taken by confirmed parties. */
  confirmedSeats: Type.Integer(),
  confirmedParties: Type.Integer(),
  waitlistedParties: Type.Integer(),
  waitlistedSeats: Type.Integer(),
  /** Seats of confirmed parties who have checked in. */
  checkedInSeats: Type.Integer(),
  checkedInParties: Type.Integer()
})
export const StaffEventListResponse = Type.Object({ events: Type.Array(StaffEventSummary) })

export const SignupIdParams = Type.Object({ id: Id })
/** POST /api/admin/signups/:id/reveal (audited) */
export const RevealPhoneResponse = Type.Object({ id: Type.String(), phone: Type.String() })

/** GET /api/admin/audit?limit=&before= — newest first; pass `nextBefore` as `before` for the next page. */
export const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$', title: '条数' })),
    before: Type.Optional(Type.String({ pattern: '^[0-9]{1,12}$', title: '起点' }))
  },
  { additionalProperties: false }
)
const Action = Type.Union((Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((a) => Type.Literal(a)))
export const AuditPage = Type.Object({
  entries: Type.Array(Type.Object({ id: Type.Integer(), at: Type.String(), actor: Type.String(), action: Action, target: Type.String() })),
  nextBefore: Type.Union([Type.Integer(), Type.Null()])
})

export const OkResponse = Type.Object({ ok: Type.Boolean() })

export type StaffLoginRequest = Static<typeof StaffLoginRequest>
export type StaffSessionResponse = Static<typeof StaffSessionResponse>
export type StaffAccount = Static<typeof StaffAccount>
export type StaffListResponse = Static<typeof StaffListResponse>
export type StaffCreateRequest = Static<typeof StaffCreateRequest>
export type StaffEventSummary = Static<typeof StaffEventSummary>
export type StaffEventListResponse = Static<typeof StaffEventListResponse>
export type RevealPhoneResponse = Static<typeof RevealPhoneResponse>
export type AuditPage = Static<typeof AuditPage>
