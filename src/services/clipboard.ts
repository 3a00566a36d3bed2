import Taro from '@tarojs/taro'
import { privacyErrorMessage } from '../core/privacy/errors'

/**
 * Copies text and says so. A privacy failure (errno 112 undeclared / 104 not agreed) gets its
 * own explanation instead of "try again", which would never help.
 */
export async function copyToClipboard(data: string, done = '已复制'): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data })
    void Taro.showToast({ title: done, icon: 'success' }).catch(() => undefined)
    return true
  } catch (e) {
    const privacy = privacyErrorMessage(e)
    if (privacy) void Taro.showModal({ title: '无法复制', content: privacy, showCancel: false }).catch(() => undefined)
    else void Taro.showToast({ title: '复制没有成功，请再试一次', icon: 'none' }).catch(() => undefined)
    return false
  }
}
