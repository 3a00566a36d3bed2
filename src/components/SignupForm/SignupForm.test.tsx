import { act, fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { pendingSignupKey } from '@/core/calendar'
import { SESSION_KEY } from '@/services/api'
import { SignupForm } from './index'

type Req = { url: string; method: string; data?: unknown; header: Record<string, string> }
const request = Taro.request as unknown as jest.Mock

beforeEach(() => {
  __reset({ id: 'ev_1' })
  Taro.setStorageSync(SESSION_KEY, 'tok-1')
})

const valid = { name: '张三', phone: '13800138000', partySize: 2, consent: true }
const signupCalls = () => (request.mock.calls as Array<[Req]>).map((c) => c[0]).filter((r) => r.url.endsWith('/api/events/ev_1/signups'))

test('submitting an empty form shows a Chinese error beside each field and sends nothing', () => {
  const { getByRole, getByText } = render(<SignupForm eventId='ev_1' />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  expect(getByText('请填写姓名')).toBeTruthy()
  expect(getByText('请填写手机号')).toBeTruthy()
  expect(getByText('请阅读并同意《个人信息保护说明》')).toBeTruthy()
  expect(request).not.toHaveBeenCalled()
})

const inputOf = (container: HTMLElement, label: string) =>
  waitFor(() => {
    const el = container.querySelector(`[aria-label="${label}"] input`)
    if (!el) throw new Error(`no input for ${label}`)
    return el
  })

test('typing fixes errors as you go; a bad phone number is explained', async () => {
  const { getByRole, getByText, queryByText, container } = render(<SignupForm eventId='ev_1' />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  fireEvent.input(await inputOf(container, '姓名'), { target: { value: '李四' } })
  expect(queryByText('请填写姓名')).toBeNull()
  fireEvent.input(await inputOf(container, '手机号'), { target: { value: '12345' } })
  expect(getByText('手机号应为 11 位中国大陆手机号码（1 开头）')).toBeTruthy()
  // Full-width digits from a Chinese keyboard count as the digits they are.
  fireEvent.input(await inputOf(container, '手机号'), { target: { value: '１３８００１３８０００' } })
  expect(queryByText('手机号应为 11 位中国大陆手机号码（1 开头）')).toBeNull()
  fireEvent.click(getByRole('checkbox'))
  expect(queryByText('请阅读并同意《个人信息保护说明》')).toBeNull()
})

test('the party-size stepper stays within 1–5', () => {
  const { getByLabelText, getByText } = render(<SignupForm eventId='ev_1' />)
  fireEvent.click(getByLabelText('减少 1 人'))
  expect(getByText('1 人')).toBeTruthy()
  for (let i = 0; i < 7; i++) fireEvent.click(getByLabelText('增加 1 人'))
  expect(getByText('5 人')).toBeTruthy()
})

test('the consent text links to the privacy notice', () => {
  const { getByRole } = render(<SignupForm eventId='ev_1' />)
  fireEvent.click(getByRole('link', { name: '查看个人信息保护说明' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/events/pages/privacy/index' })
})

test('a double tap sends one request, with an Idempotency-Key and the bearer token', async () => {
  let resolve: (v: unknown) => void = () => undefined
  request.mockImplementation(() => new Promise((r) => (resolve = r)))
  const onSuccess = jest.fn()
  const { getByRole } = render(<SignupForm eventId='ev_1' initial={valid} onSuccess={onSuccess} />)
  const button = getByRole('button', { name: '提交报名' })
  fireEvent.click(button)
  fireEvent.click(button)
  fireEvent.click(getByRole('button', { name: '正在提交…' }))
  expect(getByRole('button', { name: '正在提交…' }).getAttribute('aria-disabled')).toBe('true')
  await waitFor(() => expect(signupCalls()).toHaveLength(1))
  const sent = signupCalls()[0]
  expect(sent.method).toBe('POST')
  expect(sent.header['Idempotency-Key']).toMatch(/^su-/)
  expect(sent.header.Authorization).toBe('Bearer tok-1')
  expect(sent.data).toEqual({ name: '张三', phone: '13800138000', partySize: 2, consent: true })
  await act(async () => resolve({ statusCode: 201, data: { id: 'sg_1', status: 'confirmed', position: null, checkinCode: 'ABCD2345' } }))
  await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ id: 'sg_1', status: 'confirmed', position: null, checkinCode: 'ABCD2345' }, undefined))
  expect(signupCalls()).toHaveLength(1)
  // Done: the next form for this event gets a new key.
  expect(Taro.getStorageSync(pendingSignupKey('ev_1'))).toBe('')
})

test('after a network failure 「重试」 resends with the same Idempotency-Key', async () => {
  let fail = true
  request.mockImplementation(async () => {
    if (fail) throw { errMsg: 'request:fail' }
    return { statusCode: 201, data: { id: 'sg_2', status: 'waitlisted', position: 3, checkinCode: 'WXYZ6789' } }
  })
  const onSuccess = jest.fn()
  const { getByRole, findByRole } = render(<SignupForm eventId='ev_1' initial={valid} onSuccess={onSuccess} />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  const alert = await findByRole('button', { name: '重试' }, { timeout: 4000 })
  expect(getByRole('alert').textContent).toContain('网络连接失败')
  const keys = signupCalls().map((r) => r.header['Idempotency-Key'])
  expect(keys.length).toBeGreaterThanOrEqual(1)
  // The key survives in storage, with the body first sent under it.
  expect(Taro.getStorageSync(pendingSignupKey('ev_1'))).toMatchObject({ key: keys[0], body: { phone: '13800138000' } })
  fail = false
  fireEvent.click(alert)
  await waitFor(() => expect(onSuccess).toHaveBeenCalled())
  const all = signupCalls().map((r) => r.header['Idempotency-Key'])
  expect(new Set(all)).toEqual(new Set([keys[0]]))
  expect(onSuccess.mock.calls[0][0]).toMatchObject({ status: 'waitlisted', position: 3 })
}, 10000)

test('a form opened again after a failure (e.g. after a relaunch) reuses the stored key', async () => {
  Taro.setStorageSync(pendingSignupKey('ev_1'), { key: 'su-stored-key', body: { ...valid, consent: true }, savedAt: Date.now() })
  request.mockResolvedValue({ statusCode: 201, data: { id: 'sg_3', status: 'confirmed', position: null, checkinCode: 'AAAA2222' } })
  const { getByRole } = render(<SignupForm eventId='ev_1' initial={valid} />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  await waitFor(() => expect(signupCalls()).toHaveLength(1))
  expect(signupCalls()[0].header['Idempotency-Key']).toBe('su-stored-key')
})

test('a final refusal shows the server message without a retry button', async () => {
  request.mockResolvedValue({ statusCode: 409, data: { error: { code: 'ALREADY_SIGNED_UP', message: '该手机号已报名本场活动' } } })
  const { getByRole, findByText, queryByRole } = render(<SignupForm eventId='ev_1' initial={valid} />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  await findByText('该手机号已报名本场活动')
  expect(queryByRole('button', { name: '重试' })).toBeNull()
})

test('a closed event disables the form with the reason', () => {
  const { getByRole, getByText } = render(<SignupForm eventId='ev_1' initial={valid} blockedReason='该活动已开始或已结束，报名已截止' />)
  expect(getByText('该活动已开始或已结束，报名已截止')).toBeTruthy()
  const button = getByRole('button', { name: '提交报名' })
  expect(button.getAttribute('aria-disabled')).toBe('true')
  fireEvent.click(button)
  expect(request).not.toHaveBeenCalled()
})

test('without a session the form logs in first (anonymous device session on H5)', async () => {
  Taro.removeStorageSync(SESSION_KEY)
  request.mockImplementation(async (req: Req) =>
    req.url.endsWith('/api/session')
      ? { statusCode: 200, data: { token: 'tok-new', kind: 'device' } }
      : { statusCode: 201, data: { id: 'sg_4', status: 'confirmed', position: null, checkinCode: 'BBBB3333' } }
  )
  const onSuccess = jest.fn()
  const { getByRole } = render(<SignupForm eventId='ev_1' initial={valid} onSuccess={onSuccess} />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  await waitFor(() => expect(onSuccess).toHaveBeenCalled())
  const session = (request.mock.calls as Array<[Req]>).find((c) => c[0].url.endsWith('/api/session'))![0]
  expect(session.data).toEqual({})
  expect(signupCalls()[0].header.Authorization).toBe('Bearer tok-new')
  expect(Taro.getStorageSync(SESSION_KEY)).toBe('tok-new')
})

test('if the first attempt reached the server, a retry with edited details replays the first answer', async () => {
  Taro.setStorageSync(pendingSignupKey('ev_1'), { key: 'su-first', body: { name: '张三', phone: '13800138000', partySize: 2, consent: true }, savedAt: Date.now() })
  request.mockImplementation(async (req: Req) => {
    const body = req.data as { name: string }
    if (body.name === '李四') return { statusCode: 422, data: { error: { code: 'IDEMPOTENCY_KEY_REUSED', message: '该 Idempotency-Key 已用于另一份报名' } } }
    return { statusCode: 201, data: { id: 'sg_9', status: 'confirmed', position: null, checkinCode: 'FIRST234' } }
  })
  const onSuccess = jest.fn()
  const { getByRole } = render(<SignupForm eventId='ev_1' initial={{ ...valid, name: '李四' }} onSuccess={onSuccess} />)
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  await waitFor(() => expect(onSuccess).toHaveBeenCalled())
  expect(onSuccess.mock.calls[0][0]).toMatchObject({ checkinCode: 'FIRST234' })
  expect(onSuccess.mock.calls[0][1]).toContain('首次提交')
  expect(signupCalls().map((r) => r.header['Idempotency-Key'])).toEqual(['su-first', 'su-first'])
})

test('a party larger than the seats left is told it will wait, before it submits', () => {
  const { getByLabelText, queryByText, getByText } = render(<SignupForm eventId='ev_1' seatsLeft={1} />)
  expect(queryByText(/只剩 1 个名额/)).toBeNull()
  fireEvent.click(getByLabelText('增加 1 人'))
  expect(getByText(/只剩 1 个名额，2 人一起报名将进入候补/)).toBeTruthy()
  fireEvent.click(getByLabelText('减少 1 人'))
  expect(queryByText(/只剩 1 个名额/)).toBeNull()
})

test('an abandoned draft older than a day is dropped: its name and phone leave the phone and a new key is used', async () => {
  const dayAndAHour = 25 * 3600 * 1000
  Taro.setStorageSync(pendingSignupKey('ev_1'), { key: 'su-stale-key', body: { ...valid, consent: true }, savedAt: Date.now() - dayAndAHour })
  request.mockResolvedValue({ statusCode: 201, data: { id: 'sg_4', status: 'confirmed', position: null, checkinCode: 'BBBB3333' } })
  const { getByRole } = render(<SignupForm eventId='ev_1' initial={valid} />)
  const stored = Taro.getStorageSync(pendingSignupKey('ev_1')) as { key: string; body?: unknown }
  expect(stored.key).not.toBe('su-stale-key')
  expect(stored.body).toBeUndefined()
  fireEvent.click(getByRole('button', { name: '提交报名' }))
  await waitFor(() => expect(signupCalls()).toHaveLength(1))
  expect(signupCalls()[0].header['Idempotency-Key']).not.toBe('su-stale-key')
})
