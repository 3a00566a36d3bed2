/**
 * National public hotlines the guide cards name (real, nationwide numbers; not the bureau's own,
 * which live in src/config/bureau.ts as sample values).
 */
export const NATIONAL_HOTLINES: Record<string, string> = {
  '110': '报警电话',
  '12345': '政务服务便民热线',
  '12348': '公共法律服务热线',
  '12333': '人力资源和社会保障服务热线',
  '12368': '法院诉讼服务热线',
  '12388': '纪检监察举报电话'
}

export type TextPart = { text: string; phone?: string }

// No lookbehind and no matchAll: older iOS WeChat runtimes have neither.
const HOTLINE_RE = new RegExp(`(^|[^0-9])(${Object.keys(NATIONAL_HOTLINES).join('|')})(?![0-9])`, 'g')

/** Splits text so the hotline numbers in it can be shown as tap-to-call links. */
export function splitHotlines(text: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  HOTLINE_RE.lastIndex = 0
  for (let m = HOTLINE_RE.exec(text); m; m = HOTLINE_RE.exec(text)) {
    const at = m.index + m[1].length
    if (at > last) parts.push({ text: text.slice(last, at) })
    parts.push({ text: m[2], phone: m[2] })
    last = at + m[2].length
    HOTLINE_RE.lastIndex = last
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
