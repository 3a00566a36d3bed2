import { readFileSync } from 'node:fs'
import path from 'node:path'
import { MANIFEST_END, MANIFEST_START, manifestMarkdown, privacyManifest } from '../../../src/core/privacy/manifest'
import { privacyErrorMessage, privacyFailure, PRIVACY_ERROR_TEXT } from '../../../src/core/privacy/errors'
import { appSources, RELEASE_DOC, withManifest } from '../../../scripts/privacy-manifest'

test('the manifest is derived from calls: each privacy-scoped API maps to its 指引 item', () => {
  const m = privacyManifest([
    { file: 'a.tsx', text: "await Taro.setClipboardData({ data })\nTaro.showToast({ title: 'x' })" },
    { file: 'b.ts', text: 'wx.getLocation({ type: "gcj02" })' },
    { file: 'c.tsx', text: "<Button openType='getPhoneNumber' />" },
    { file: 'd.tsx', text: '<Input value={values.phone} />' }
  ])
  expect(m.map((e) => [e.item, e.apis, e.files])).toEqual([
    ['剪切板', ['setClipboardData'], ['a.tsx']],
    ['位置信息', ['getLocation'], ['b.ts']],
    ['手机号', ['getPhoneNumber'], ['c.tsx']],
    ['姓名、手机号（用户在活动报名表中自行填写，开发者收集）', [], ['d.tsx']]
  ])
  expect(privacyManifest([{ file: 'e.ts', text: 'Taro.showToast({}); Taro.openLocation({})' }])).toEqual([])
})

test("the app's manifest covers what the app does today", () => {
  const items = privacyManifest(appSources()).map((e) => e.id)
  expect(items).toEqual(expect.arrayContaining(['clipboard', 'album', 'calendar', 'signup-form']))
})

test('docs/release.md declares exactly what the code uses (npm run privacy-manifest -- --write)', () => {
  const doc = readFileSync(RELEASE_DOC, 'utf8')
  expect(doc).toContain(MANIFEST_START)
  expect(doc).toContain(MANIFEST_END)
  expect(withManifest(doc, manifestMarkdown(privacyManifest(appSources())))).toBe(doc)
})

test('a privacy API the doc lacks fails the check', () => {
  const doc = readFileSync(RELEASE_DOC, 'utf8')
  const withLocation = [...appSources(), { file: 'src/new.ts', text: 'Taro.getLocation({})' }]
  expect(withManifest(doc, manifestMarkdown(privacyManifest(withLocation)))).not.toBe(doc)
})

test('errno 112 and 104 are told apart from other failures', () => {
  expect(privacyFailure({ errno: 112, errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' })).toBe('undeclared')
  expect(privacyFailure({ errMsg: 'addPhoneCalendar:fail api scope is not declared in the privacy agreement' })).toBe('undeclared')
  expect(privacyFailure({ errno: 104, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' })).toBe('refused')
  expect(privacyFailure({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })).toBeNull()
  expect(privacyFailure(new Error('network'))).toBeNull()
  expect(privacyErrorMessage({ errno: 112 })).toBe(PRIVACY_ERROR_TEXT.undeclared)
  expect(PRIVACY_ERROR_TEXT.undeclared).toMatch(/隐私保护指引.*112/)
})

test('the doc names every item the manifest lists in its own words too', () => {
  const doc = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'release.md'), 'utf8')
  for (const e of privacyManifest(appSources())) expect(doc).toContain(e.item)
})
