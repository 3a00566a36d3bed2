import { validateSignup, validateName, validatePhone, MOBILE_RE } from '../../../src/core/validation/signup'

const ok = { name: '张三', phone: '13812341234', partySize: 2, consent: true }

describe('validateSignup', () => {
  test('accepts a valid form and normalises it', () => {
    expect(validateSignup(ok)).toEqual({ ok: true, value: ok })
    expect(validateSignup({ ...ok, name: '  买买提·艾力  ', phone: ' 138 1234-1234 ' })).toEqual({
      ok: true,
      value: { ...ok, name: '买买提·艾力', phone: '13812341234' }
    })
    expect(validateSignup({ ...ok, name: 'Mary  Ann Smith' })).toMatchObject({ ok: true, value: { name: 'Mary Ann Smith' } })
    expect(validateSignup({ ...ok, name: '张' })).toMatchObject({ ok: true })
    expect(validateSignup({ ...ok, name: '张'.repeat(20) })).toMatchObject({ ok: true })
  })

  test('collects one error per field with a Chinese message', () => {
    const r = validateSignup({})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => [e.field, e.code])).toEqual([
      ['name', 'REQUIRED'],
      ['phone', 'REQUIRED'],
      ['partySize', 'REQUIRED'],
      ['consent', 'CONSENT_REQUIRED']
    ])
    for (const e of r.errors) expect(e.message).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each([
    ['name', '', 'REQUIRED'],
    ['name', '   ', 'REQUIRED'],
    ['name', 12, 'INVALID_TYPE'],
    ['name', '张'.repeat(21), 'TOO_LONG'],
    ['name', '<script>', 'INVALID_CHARS'],
    ['name', "'; DROP TABLE x;--", 'INVALID_CHARS'],
    ['name', '张三3', 'INVALID_CHARS'],
    ['name', '😀', 'INVALID_CHARS'],
    ['phone', '12812341234', 'INVALID_FORMAT'],
    ['phone', '1381234123', 'INVALID_FORMAT'],
    ['phone', '+8613812341234', 'INVALID_FORMAT'],
    ['phone', 13812341234, 'INVALID_TYPE'],
    ['partySize', 0, 'OUT_OF_RANGE'],
    ['partySize', 6, 'OUT_OF_RANGE'],
    ['partySize', 1.5, 'INVALID_TYPE'],
    ['partySize', '2', 'INVALID_TYPE'],
    ['consent', false, 'CONSENT_REQUIRED'],
    ['consent', 'true', 'CONSENT_REQUIRED']
  ])('%s = %p → %s', (field, value, code) => {
    const r = validateSignup({ ...ok, [field]: value })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toEqual([{ field, code, message: expect.stringMatching(/[\u4e00-\u9fff]/) }])
  })

  test('non-objects are refused', () => {
    for (const v of [null, undefined, 'x', 1, []]) expect(validateSignup(v).ok).toBe(false)
  })

  test('mobile regex and single-field validators', () => {
    for (const p of ['13000000000', '19999999999', '15912345678']) expect(MOBILE_RE.test(p)).toBe(true)
    for (const p of ['10000000000', '12000000000', '1300000000', '130000000000']) expect(MOBILE_RE.test(p)).toBe(false)
    expect(validatePhone('138-1234-1234')).toEqual({ ok: true, value: '13812341234' })
    expect(validateName('欧阳 娜娜')).toEqual({ ok: true, value: '欧阳 娜娜' })
  })
})
