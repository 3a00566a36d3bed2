/**
 * The events API contract, written once: TypeBox schemas of every request and response of the
 * 活动 feature. The server validates params, bodies and queries with them and serialises its
 * answers through them (a property a schema does not list is never sent, so the public schemas
 * cannot carry a name or a phone); `cli -- events import` checks its file with them; error
 * messages take their field labels from their `title`s. The app imports only the types (see
 * types.ts: `import type`), so none of this reaches the mini-program bundle.
 */
import { Type, type Static, type TObject, type TSchema } from '@sinclair/typebox'
import { EVENT_KINDS, EVENT_STATUSES } from './kinds'
import { NAME_MAX, PARTY_MAX, PARTY_MIN } from '../validation/signup'

/** Length limits of the texts staff write (characters as a person counts them). */
export const EVENT_TEXT_LIMITS = {
  title: { label: '标题', min: 1, max: 60 },
  summary: { label: '简介', min: 0, max: 500 },
  venue: { label: '地点', min: 1, max: 60 },
  address: { label: '地址', min: 0, max: 120 },
  district: { label: '区', min: 1, max: 20 },
  speaker: { label: '主讲', min: 0, max: 40 }
} as const

export const CAPACITY_MAX = 100000
/** An event id: what the server generates (ev_…) and what an import may name. */
export const EVENT_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$'
export const EVENT_ID_RE = new RegExp(EVENT_ID_PATTERN)

const Id = Type.String({ pattern: EVENT_ID_PATTERN, title: '编号' })
const literalUnion = <T extends string>(values: readonly T[], title: string) => Type.Union(values.map((v) => Type.Literal(v)), { title })

const Kind = literalUnion(EVENT_KINDS, '活动类型')
const Status = literalUnion(EVENT_STATUSES, '状态')
const text = (field: keyof typeof EVENT_TEXT_LIMITS) =>
  Type.String({ maxLength: EVENT_TEXT_LIMITS[field].max, title: EVENT_TEXT_LIMITS[field].label })
/** ISO 8601 with an offset; the server normalises it to +08:00 (the limit only stops garbage). */
const Time = (title: string) => Type.String({ minLength: 1, maxLength: 40, title })
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

/** The fields staff set on an event. */
const eventFields = {
  kind: Kind,
  title: text('title'),
  summary: text('summary'),
  startsAt: Time('开始时间'),
  endsAt: Time('结束时间'),
  venue: text('venue'),
  address: text('address'),
  district: text('district'),
  speaker: text('speaker'),
  capacity: Type.Integer({ minimum: 1, maximum: CAPACITY_MAX, title: '名额' }),
  /** Venue coordinates (GCJ-02, as Taro.openLocation expects). */
  latitude: Type.Number({ minimum: -90, maximum: 90, title: '纬度' }),
  longitude: Type.Number({ minimum: -180, maximum: 180, title: '经度' })
}

/** POST /api/admin/events and each entry of `events import` (which may also name its id). */
export const EventCreateBody = Type.Object(
  {
    ...eventFields,
    summary: Type.Optional(eventFields.summary),
    address: Type.Optional(eventFields.address),
    speaker: Type.Optional(eventFields.speaker)
  },
  { additionalProperties: false, title: '活动信息' }
)
export const EventImportItem = Type.Object(
  { id: Type.Optional(Id), ...EventCreateBody.properties },
  { additionalProperties: false, title: '活动信息' }
)

/** PATCH /api/admin/events/:id: any subset of the fields plus `cancelled`. */
export const EventPatchBody = Type.Partial(
  Type.Object({ ...eventFields, cancelled: Type.Boolean({ title: '取消标记' }) }),
  { additionalProperties: false, minProperties: 1, title: '修改内容' }
)

/** What the server stores and shows for an event's staff fields (every text present, trimmed). */
export const EventInputSchema = Type.Object(eventFields)

/** One session as every public endpoint shows it: the staff's fields plus its live state. */
export const PublicEvent = Type.Object({
  id: Type.String(),
  ...eventFields,
  seatsLeft: Type.Integer(),
  status: Status
})

export const EventListResponse = Type.Object({ events: Type.Array(PublicEvent) })

/** GET /api/events?… Dates are YYYY-MM-DD in Beijing time, both inclusive. */
export const EventQuery = Type.Object({
  from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '开始日期' })),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', title: '结束日期' })),
  district: Type.Optional(Type.String({ maxLength: EVENT_TEXT_LIMITS.district.max, title: '区' })),
  kind: Type.Optional(Kind)
})

export const IdParams = Type.Object({ id: Id })

/**
 * Body of POST /api/events/:id/signups (header `Idempotency-Key` required). Types and outer
 * sizes here; presence and meaning (name characters, mobile format) come from the shared
 * validator the form uses too, whose messages the form shows beside each field.
 */
export const SignupRequest = Type.Object(
  {
    name: Type.String({ maxLength: NAME_MAX, title: '姓名' }),
    phone: Type.String({ maxLength: 20, title: '手机号' }),
    partySize: Type.Integer({ minimum: PARTY_MIN, maximum: PARTY_MAX, title: '人数' }),
    consent: Type.Boolean({ title: '同意授权' })
  },
  { title: '报名信息' }
)

const SignupStatus = literalUnion(['confirmed', 'waitlisted'] as const, '报名状态')
const AnySignupStatus = literalUnion(['confirmed', 'waitlisted', 'cancelled'] as const, '报名状态')

/** 201 answer of a sign-up. `position` is 1-based on the waitlist, else null. */
export const SignupResult = Type.Object({
  id: Type.String(),
  status: SignupStatus,
  position: Nullable(Type.Integer()),
  checkinCode: Type.String()
})

/** One entry of GET /api/me/signups. Name and phone are masked (张*, 138****1234). */
export const MySignup = Type.Object({
  id: Type.String(),
  status: AnySignupStatus,
  /** Current waitlist position (1-based) while waitlisted, else null. */
  position: Nullable(Type.Integer()),
  checkinCode: Type.String(),
  partySize: Type.Integer(),
  name: Type.String(),
  phone: Type.String(),
  createdAt: Type.String(),
  checkedIn: Type.Boolean(),
  event: PublicEvent
})
export const MySignupsResponse = Type.Object({ signups: Type.Array(MySignup) })

export const CancelSignupResult = Type.Object({ id: Type.String(), status: Type.Literal('cancelled') })

export const SessionRequest = Type.Object(
  { code: Type.Optional(Type.String({ minLength: 1, maxLength: 128, title: '代码' })) },
  { additionalProperties: false }
)
/** POST /api/session → token for `Authorization: Bearer <token>`. */
export const SessionResponse = Type.Object({ token: Type.String(), kind: literalUnion(['wechat', 'device'] as const, '类型') })

/** Staff view of one sign-up. Full personal data: only behind staff authorisation. */
export const AdminSignup = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  partySize: Type.Integer(),
  status: AnySignupStatus,
  position: Nullable(Type.Integer()),
  checkinCode: Type.String(),
  createdAt: Type.String(),
  checkedInAt: Nullable(Type.String()),
  /** How many active sign-ups of this event carry the same phone (1 = unique). See README. */
  samePhone: Type.Integer()
})
export const AdminSignupsResponse = Type.Object({ event: PublicEvent, signups: Type.Array(AdminSignup) })

export const CheckinRequest = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 32, title: '签到码' }),
    /** The door's event: a code of another event is refused (WRONG_EVENT) instead of checked in. */
    eventId: Type.Optional(Id)
  },
  { additionalProperties: false }
)
export const CheckinResult = Type.Object({
  signup: Type.Object({ ...AdminSignup.properties, eventId: Type.String() }),
  alreadyCheckedIn: Type.Boolean()
})

export const FieldErrorSchema = Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })
/** Every error answer of the API. `fields` is present on VALIDATION_FAILED. */
export const ApiErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), fields: Type.Optional(Type.Array(FieldErrorSchema)) })
})

/** Chinese labels of every field the contract names, from the schemas' titles. */
export const FIELD_LABELS: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {}
  const visit = (s: TObject) => {
    for (const [k, v] of Object.entries(s.properties)) if (typeof v.title === 'string' && !out[k]) out[k] = v.title
  }
  for (const s of [EventImportItem, EventPatchBody, EventQuery, IdParams, SignupRequest, SessionRequest, CheckinRequest]) visit(s as TObject)
  return out
})()

export type EventCreateBody = Static<typeof EventCreateBody>
export type EventImportItem = Static<typeof EventImportItem>
export type EventPatchBody = Static<typeof EventPatchBody>
export type EventInput = Static<typeof EventInputSchema>
export type PublicEvent = Static<typeof PublicEvent>
export type EventListResponse = Static<typeof EventListResponse>
export type EventQuery = Static<typeof EventQuery>
export type SignupRequest = Static<typeof SignupRequest>
export type SignupResult = Static<typeof SignupResult>
export type MySignup = Static<typeof MySignup>
export type MySignupsResponse = Static<typeof MySignupsResponse>
export type CancelSignupResult = Static<typeof CancelSignupResult>
export type SessionResponse = Static<typeof SessionResponse>
export type AdminSignup = Static<typeof AdminSignup>
export type AdminSignupsResponse = Static<typeof AdminSignupsResponse>
export type CheckinResult = Static<typeof CheckinResult>
export type ApiErrorBody = Static<typeof ApiErrorBody>
