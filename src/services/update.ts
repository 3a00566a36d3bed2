import Taro from '@tarojs/taro'

/** What the app needs of wx.getUpdateManager (injected so tests can drive it). */
export interface UpdateManagerLike {
  onUpdateReady: (fn: () => void) => void
  onUpdateFailed?: (fn: () => void) => void
  applyUpdate: () => void
}

export const UPDATE_TEXT = {
  title: '有新版本',
  content: '新版本已经下载好（可能更新了条文、问答或活动功能）。现在重启就能用上新版本。',
  confirm: '重启更新',
  cancel: '稍后'
} as const

/**
 * When WeChat has downloaded a new version (for example corrected legal text), ask to restart
 * into it instead of leaving people on the old one until WeChat evicts it.
 */
export function watchForUpdates(
  manager: UpdateManagerLike | null = weappUpdateManager(),
  ask: (title: string, content: string, confirmText: string, cancelText: string) => Promise<boolean> = askWithModal
): boolean {
  if (!manager) return false
  manager.onUpdateReady(() => {
    void ask(UPDATE_TEXT.title, UPDATE_TEXT.content, UPDATE_TEXT.confirm, UPDATE_TEXT.cancel).then((yes) => {
      if (yes) manager.applyUpdate()
    })
  })
  return true
}

function weappUpdateManager(): UpdateManagerLike | null {
  if (process.env.TARO_ENV !== 'weapp') return null
  try {
    const m = Taro.getUpdateManager?.() as unknown as UpdateManagerLike | undefined
    return m && typeof m.onUpdateReady === 'function' ? m : null
  } catch {
    return null
  }
}

async function askWithModal(title: string, content: string, confirmText: string, cancelText: string): Promise<boolean> {
  try {
    return (await Taro.showModal({ title, content, confirmText, cancelText })).confirm
  } catch {
    return false
  }
}
