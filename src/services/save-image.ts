import Taro from '@tarojs/taro'
import { privacyErrorMessage, privacyFailure } from '../core/privacy/errors'

/**
 * 保存到相册 (weapp) and 下载 (H5) for posters. The permission logic is written against an
 * injected `SavePlatform`, so tests drive every branch without WeChat:
 * never asked → authorize; refused now or earlier → explain and offer 设置 (openSetting); granted in
 * 设置 → carry on saving; download or save failures → a plain message.
 */

export const ALBUM_SCOPE = 'scope.writePhotosAlbum'

export interface AuthResult {
  authSetting?: Record<string, boolean | undefined>
}

export interface SavePlatform {
  getSetting: () => Promise<AuthResult>
  /** Resolves when allowed; rejects when the user refuses (or refused before). */
  authorize: (scope: string) => Promise<unknown>
  openSetting: () => Promise<AuthResult>
  downloadFile: (url: string) => Promise<{ tempFilePath: string; statusCode?: number }>
  saveImageToPhotosAlbum: (filePath: string) => Promise<unknown>
  /** Explains something and asks; resolves true when the user taps `confirmText`. */
  confirm: (title: string, content: string, confirmText: string) => Promise<boolean>
  toast: (title: string, ok: boolean) => void
}

export type SaveOutcome = 'saved' | 'denied' | 'cancelled' | 'failed'

export const SAVE_TEXT = {
  saved: '已保存到相册',
  failed: '保存没有成功，请检查网络后再试',
  deniedTitle: '需要相册权限',
  deniedContent: '保存海报需要“添加到相册”的权限，您没有允许，所以海报还没有保存。可以到设置里打开这项权限，回来后会接着保存。',
  openSetting: '去设置',
  stillDenied: '没有相册权限，海报未保存。也可以长按大图转发给自己。'
} as const

function errMsg(e: unknown): string {
  if (e && typeof e === 'object' && 'errMsg' in e) return String((e as { errMsg: unknown }).errMsg)
  return e instanceof Error ? e.message : String(e)
}

const isAuthError = (e: unknown) => /auth|deny|denied|permission|授权|权限/i.test(errMsg(e))
const isCancel = (e: unknown) => /cancel/i.test(errMsg(e))

/** After a refusal: explain, offer 设置, and report whether the permission is now granted. */
async function askAgain(platform: SavePlatform): Promise<boolean> {
  const go = await platform.confirm(SAVE_TEXT.deniedTitle, SAVE_TEXT.deniedContent, SAVE_TEXT.openSetting)
  if (!go) return false
  try {
    const res = await platform.openSetting()
    return res.authSetting?.[ALBUM_SCOPE] === true
  } catch {
    return false
  }
}

/** Makes sure the album permission is granted, asking (and re-asking through 设置) as needed. */
export async function ensureAlbumPermission(platform: SavePlatform): Promise<boolean> {
  let state: boolean | undefined
  try {
    state = (await platform.getSetting()).authSetting?.[ALBUM_SCOPE]
  } catch {
    state = undefined
  }
  if (state === true) return true
  if (state === undefined) {
    try {
      await platform.authorize(ALBUM_SCOPE)
      return true
    } catch (e) {
      // A privacy failure (errno 112/104) is not a refused permission: 设置 cannot fix it.
      if (privacyFailure(e)) throw e
      // Refused just now: fall through to the explanation.
    }
  }
  return askAgain(platform)
}

/** Downloads `url` and saves it to the phone's album; tells the user how it went. */
export async function saveImageToAlbum(url: string, platform: SavePlatform = taroSavePlatform()): Promise<SaveOutcome> {
  let allowed: boolean
  try {
    allowed = await ensureAlbumPermission(platform)
  } catch (e) {
    platform.toast(privacyErrorMessage(e) ?? SAVE_TEXT.failed, false)
    return 'failed'
  }
  if (!allowed) {
    platform.toast(SAVE_TEXT.stillDenied, false)
    return 'denied'
  }
  let filePath: string
  try {
    const file = await platform.downloadFile(url)
    if (file.statusCode !== undefined && file.statusCode !== 200) throw new Error(`HTTP ${file.statusCode}`)
    filePath = file.tempFilePath
  } catch {
    platform.toast(SAVE_TEXT.failed, false)
    return 'failed'
  }
  const save = async (): Promise<SaveOutcome> => {
    try {
      await platform.saveImageToPhotosAlbum(filePath)
      platform.toast(SAVE_TEXT.saved, true)
      return 'saved'
    } catch (e) {
      const privacy = privacyErrorMessage(e)
      if (privacy) {
        platform.toast(privacy, false)
        return 'failed'
      }
      if (isCancel(e)) return 'cancelled'
      if (isAuthError(e)) return 'denied'
      platform.toast(SAVE_TEXT.failed, false)
      return 'failed'
    }
  }
  const outcome = await save()
  if (outcome !== 'denied') return outcome
  // The permission was withdrawn between the check and the save: explain once more.
  if (await askAgain(platform)) return save()
  platform.toast(SAVE_TEXT.stillDenied, false)
  return 'denied'
}

/** The real WeChat calls. */
export function taroSavePlatform(): SavePlatform {
  return {
    getSetting: async () => ({ authSetting: { ...(await Taro.getSetting()).authSetting } }),
    authorize: (scope) => Taro.authorize({ scope: scope as keyof Taro.AuthSetting }),
    openSetting: async () => ({ authSetting: { ...(await Taro.openSetting()).authSetting } }),
    downloadFile: (url) => Taro.downloadFile({ url }),
    saveImageToPhotosAlbum: (filePath) => Taro.saveImageToPhotosAlbum({ filePath }),
    confirm: async (title, content, confirmText) => (await Taro.showModal({ title, content, confirmText, cancelText: '暂不' })).confirm,
    toast: (title, ok) => void Taro.showToast({ title, icon: ok ? 'success' : 'none', duration: 2500 })
  }
}

/** H5: a real `<a download>` click, so the browser saves the file (or opens it where download is not supported). */
export function downloadOnWeb(url: string, fileName: string, doc: Document = document): void {
  const a = doc.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  doc.body.appendChild(a)
  a.click()
  doc.body.removeChild(a)
}
