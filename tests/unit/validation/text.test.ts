import { textProblem } from '../../../src/core/validation/text'
import { validateName } from '../../../src/core/validation/signup'

test('text that lies about itself is named; ordinary text in many scripts is not', () => {
  const cases: Array<[string, string | null]> = [
    ['张三', null],
    ['Nguyễn Thị Ánh', null],
    ['Nguye\u0323\u0302n', null],
    ['阿依古丽·买买提', null],
    ['ئابدۇللا', null],
    ['王\u202e五', 'BIDI_CONTROL'],
    ['a\u2067b', 'BIDI_CONTROL'],
    ['\u200f', 'BIDI_CONTROL'],
    ['\u3164', 'INVISIBLE'],
    ['李\u200b四', 'INVISIBLE'],
    ['\u2800', 'INVISIBLE'],
    ['Z\u0301\u0302\u0303\u0304a', 'MARK_STACK'],
    ['\u0301张', 'LONE_MARK'],
    ['张 \u0301', 'LONE_MARK']
  ]
  for (const [text, problem] of cases) expect([text, textProblem(text)]).toEqual([text, problem])
})

test('the sign-up form refuses names that only look like names, with a Chinese message', () => {
  for (const name of ['\u3164', '\u3164\u3164\u3164', '\u0301', '王\u202e五']) {
    const r = validateName(name)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'name', code: 'INVALID_CHARS', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
  }
  expect(validateName(' 欧阳 娜娜 ')).toEqual({ ok: true, value: '欧阳 娜娜' })
})
