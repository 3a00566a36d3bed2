/**
 * The privacy manifest: which items of WeChat's 用户隐私保护指引 the app must declare, derived from
 * the code's own calls (scripts/privacy-manifest.ts feeds it src/), so the declaration in
 * docs/release.md cannot drift from what the app does. An undeclared API fails on a phone with
 * errno 112 (see errors.ts). Pure: sources come in as text.
 */

export interface PrivacyItem {
  id: string
  /** The item's name in the 用户隐私保护指引 form on mp.weixin.qq.com. */
  item: string
  /** What we tell users we use it for (the 指引's 「用于…」 field). */
  purpose: string
  /** Privacy-scoped WeChat APIs / component capabilities that need this item. */
  apis: string[]
  /** Extra source patterns that mean the app collects this information itself. */
  patterns?: RegExp[]
}

export const PRIVACY_ITEMS: PrivacyItem[] = [
  { id: 'clipboard', item: '剪切板', purpose: '复制接待地址、来信地址、条文和分享链接，方便您粘贴使用', apis: ['setClipboardData', 'getClipboardData'] },
  { id: 'album', item: '相册（仅写入）权限', purpose: '把普法海报保存到您的手机相册', apis: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'] },
  { id: 'calendar', item: '日历（仅写入）权限', purpose: '把您报名的活动加入手机日历提醒', apis: ['addPhoneCalendar', 'addPhoneRepeatCalendar'] },
  { id: 'contacts', item: '通讯录（仅写入）权限', purpose: '保存联系人', apis: ['addPhoneContact'] },
  {
    id: 'location',
    item: '位置信息',
    purpose: '查找附近的活动地点',
    apis: ['getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange']
  },
  { id: 'media', item: '选中的照片或视频信息', purpose: '上传您选择的图片', apis: ['chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile'] },
  { id: 'user-info', item: '用户信息（微信昵称、头像）', purpose: '显示您的昵称和头像', apis: ['getUserProfile', 'getUserInfo', 'chooseAvatar'] },
  { id: 'phone-number', item: '手机号', purpose: '一键填写手机号', apis: ['getPhoneNumber', 'getRealtimePhoneNumber'] },
  { id: 'microphone', item: '麦克风', purpose: '录音', apis: ['startRecord', 'getRecorderManager', 'joinVoIPChat'] },
  { id: 'camera', item: '摄像头', purpose: '拍摄', apis: ['createCameraContext'], patterns: [/<Camera\b/] },
  { id: 'werun', item: '微信运动步数', purpose: '读取运动步数', apis: ['getWeRunData'] },
  { id: 'address', item: '收货地址', purpose: '选择地址', apis: ['chooseAddress'] },
  { id: 'invoice', item: '发票信息', purpose: '选择发票抬头', apis: ['chooseInvoice', 'chooseInvoiceTitle'] },
  {
    id: 'signup-form',
    item: '姓名、手机号（用户在活动报名表中自行填写，开发者收集）',
    purpose: '活动报名：确认名额、现场签到、活动变动时联系您；活动结束后按保存期限删除',
    apis: [],
    patterns: [/value=\{values\.(name|phone)\}/]
  }
]

export interface SourceFile {
  file: string
  text: string
}

export interface ManifestEntry {
  id: string
  item: string
  purpose: string
  /** The privacy-scoped calls found, sorted. */
  apis: string[]
  /** Where they are, sorted. */
  files: string[]
}

function apiPattern(api: string): RegExp {
  // Taro.x( / wx.x( calls, and open-type capabilities on <Button openType='getPhoneNumber'>.
  return new RegExp(`\\b(?:Taro|wx)\\.${api}\\s*\\(|openType=['"{]+${api}\\b`)
}

/** Every privacy item the given sources need, in PRIVACY_ITEMS order. */
export function privacyManifest(sources: SourceFile[]): ManifestEntry[] {
  const out: ManifestEntry[] = []
  for (const item of PRIVACY_ITEMS) {
    const apis = new Set<string>()
    const files = new Set<string>()
    for (const src of sources) {
      for (const api of item.apis) {
        if (apiPattern(api).test(src.text)) {
          apis.add(api)
          files.add(src.file)
        }
      }
      if (item.patterns?.some((p) => p.test(src.text))) files.add(src.file)
    }
    if (files.size) out.push({ id: item.id, item: item.item, purpose: item.purpose, apis: [...apis].sort(), files: [...files].sort() })
  }
  return out
}

export const MANIFEST_START = '<!-- PRIVACY MANIFEST START (npm run privacy-manifest -- --write) -->'
export const MANIFEST_END = '<!-- PRIVACY MANIFEST END -->'

/** The Markdown table docs/release.md carries between the markers. */
export function manifestMarkdown(entries: ManifestEntry[]): string {
  const rows = entries.map((e) => `| ${e.item} | ${e.purpose} | ${e.apis.length ? e.apis.map((a) => `\`${a}\``).join(', ') : '表单输入'} | ${e.files.map((f) => `\`${f}\``).join('<br>')} |`)
  return ['| 指引中的项目 | 用途（填入「用于」） | 代码中的调用 | 位置 |', '| --- | --- | --- | --- |', ...rows].join('\n')
}
