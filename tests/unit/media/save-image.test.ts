// The real Taro is ESM for the mini-program runtime; the flow under test never touches it.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { PRIVACY_ERROR_TEXT } from '../../../src/core/privacy/errors'
import { ALBUM_SCOPE, saveImageToAlbum, SAVE_TEXT, type SavePlatform } from '../../../src/services/save-image'

type Auth = boolean | undefined

/** A fake WeChat: the album permission as it stands, what the user answers, what the calls do. */
function fakePlatform(opts: { auth: Auth; allowOnAsk?: boolean; confirm?: boolean; grantInSettings?: boolean; download?: 'ok' | '404' | 'fail'; save?: 'ok' | 'deny' | 'cancel' | 'fail' | 'privacy112' | 'privacy104'; authorizeError?: unknown }) {
  let auth = opts.auth
  const calls: string[] = []
  const toasts: Array<[string, boolean]> = []
  const platform: SavePlatform = {
    getSetting: jest.fn(async () => (calls.push('getSetting'), { authSetting: auth === undefined ? {} : { [ALBUM_SCOPE]: auth } })),
    authorize: jest.fn(async (scope: string) => {
      calls.push(`authorize:${scope}`)
      if (opts.authorizeError) throw opts.authorizeError
      if (opts.allowOnAsk) auth = true
      else {
        auth = false
        throw { errMsg: 'authorize:fail auth deny' }
      }
    }),
    openSetting: jest.fn(async () => {
      calls.push('openSetting')
      if (opts.grantInSettings) auth = true
      return { authSetting: { [ALBUM_SCOPE]: auth } }
    }),
    downloadFile: jest.fn(async (url: string) => {
      calls.push(`downloadFile:${url}`)
      if (opts.download === 'fail') throw { errMsg: 'downloadFile:fail' }
      return { tempFilePath: 'wxfile://tmp/poster.png', statusCode: opts.download === '404' ? 404 : 200 }
    }),
    saveImageToPhotosAlbum: jest.fn(async (path: string) => {
      calls.push(`save:${path}`)
      if (opts.save === 'deny') throw { errMsg: 'saveImageToPhotosAlbum:fail auth deny' }
      if (opts.save === 'cancel') throw { errMsg: 'saveImageToPhotosAlbum:fail cancel' }
      if (opts.save === 'fail') throw { errMsg: 'saveImageToPhotosAlbum:fail unknown' }
      if (opts.save === 'privacy112') throw { errno: 112, errMsg: 'saveImageToPhotosAlbum:fail api scope is not declared in the privacy agreement' }
      if (opts.save === 'privacy104') throw { errno: 104, errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized' }
    }),
    confirm: jest.fn(async (title: string) => (calls.push(`confirm:${title}`), opts.confirm ?? false)),
    toast: jest.fn((title: string, ok: boolean) => void toasts.push([title, ok]))
  }
  return { platform, calls, toasts }
}

const URL = 'https://cdn.example.cn/media/posters/review.png'

test('already allowed: downloads and saves, then says so', async () => {
  const { platform, calls, toasts } = fakePlatform({ auth: true })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('saved')
  expect(calls).toEqual(['getSetting', `downloadFile:${URL}`, 'save:wxfile://tmp/poster.png'])
  expect(toasts).toEqual([[SAVE_TEXT.saved, true]])
})

test('never asked: asks for scope.writePhotosAlbum first', async () => {
  const { platform, calls } = fakePlatform({ auth: undefined, allowOnAsk: true })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('saved')
  expect(calls.slice(0, 2)).toEqual(['getSetting', `authorize:${ALBUM_SCOPE}`])
})

test('refused on the prompt: explains and offers 设置; declining leaves it unsaved', async () => {
  const { platform, calls, toasts } = fakePlatform({ auth: undefined, allowOnAsk: false, confirm: false })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('denied')
  expect(platform.confirm).toHaveBeenCalledWith(SAVE_TEXT.deniedTitle, SAVE_TEXT.deniedContent, SAVE_TEXT.openSetting)
  expect(calls).not.toContain('openSetting')
  expect(platform.downloadFile).not.toHaveBeenCalled()
  expect(toasts).toEqual([[SAVE_TEXT.stillDenied, false]])
})

test('refused earlier: no prompt (WeChat would not show one), straight to the explanation; granting in 设置 saves', async () => {
  const { platform, calls, toasts } = fakePlatform({ auth: false, confirm: true, grantInSettings: true })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('saved')
  expect(platform.authorize).not.toHaveBeenCalled()
  expect(calls).toEqual(['getSetting', `confirm:${SAVE_TEXT.deniedTitle}`, 'openSetting', `downloadFile:${URL}`, 'save:wxfile://tmp/poster.png'])
  expect(toasts).toEqual([[SAVE_TEXT.saved, true]])
})

test('opens 设置 but does not switch it on: not saved', async () => {
  const { platform } = fakePlatform({ auth: false, confirm: true, grantInSettings: false })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('denied')
  expect(platform.openSetting).toHaveBeenCalled()
  expect(platform.saveImageToPhotosAlbum).not.toHaveBeenCalled()
})

test('download failures and save failures give a plain message', async () => {
  for (const download of ['404', 'fail'] as const) {
    const { platform, toasts } = fakePlatform({ auth: true, download })
    await expect(saveImageToAlbum(URL, platform)).resolves.toBe('failed')
    expect(platform.saveImageToPhotosAlbum).not.toHaveBeenCalled()
    expect(toasts).toEqual([[SAVE_TEXT.failed, false]])
  }
  const { platform, toasts } = fakePlatform({ auth: true, save: 'fail' })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('failed')
  expect(toasts).toEqual([[SAVE_TEXT.failed, false]])
})

test('the user cancels the save: no message', async () => {
  const { platform, toasts } = fakePlatform({ auth: true, save: 'cancel' })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('cancelled')
  expect(toasts).toEqual([])
})

test('permission withdrawn at save time: explains and offers 设置 again', async () => {
  const { platform } = fakePlatform({ auth: true, save: 'deny', confirm: false })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('denied')
  expect(platform.confirm).toHaveBeenCalledTimes(1)
})

test('errno 112 (not declared in the privacy guide) gets its own message, not "check the network"', async () => {
  const { platform, toasts, calls } = fakePlatform({ auth: true, save: 'privacy112' })
  await expect(saveImageToAlbum(URL, platform)).resolves.toBe('failed')
  expect(toasts).toEqual([[PRIVACY_ERROR_TEXT.undeclared, false]])
  expect(calls).not.toContain('openSetting')
})

test('errno 104 (privacy guide not agreed) says so; an authorize that fails with 112 does not send people to 设置', async () => {
  const refused = fakePlatform({ auth: true, save: 'privacy104' })
  await saveImageToAlbum(URL, refused.platform)
  expect(refused.toasts).toEqual([[PRIVACY_ERROR_TEXT.refused, false]])
  const undeclared = fakePlatform({ auth: undefined, authorizeError: { errno: 112, errMsg: 'authorize:fail api scope is not declared in the privacy agreement' } })
  await expect(saveImageToAlbum(URL, undeclared.platform)).resolves.toBe('failed')
  expect(undeclared.toasts).toEqual([[PRIVACY_ERROR_TEXT.undeclared, false]])
  expect(undeclared.calls).not.toContain('openSetting')
})
