export type TextPart = { text: string; phone?: string }

const patterns = new Map<string, RegExp>()

// No lookbehind and no matchAll: older iOS WeChat runtimes have neither.
function patternFor(numbers: readonly string[]): RegExp {
  const key = numbers.join('|')
  let re = patterns.get(key)
  if (!re) {
    re = new RegExp(`(^|[^0-9])(${numbers.map((n) => n.replace(/[^0-9]/g, '')).join('|')})(?![0-9])`, 'g')
    patterns.set(key, re)
  }
  return re
}

/**
 * Splits text so the given phone numbers in it (e.g. the national hotlines of
 * src/content/hotlines.ts) can be shown as tap-to-call links. Numbers inside longer numbers
 * are left alone.
 */
export function splitHotlines(text: string, numbers: readonly string[]): TextPart[] {
  if (!numbers.length) return text ? [{ text }] : []
  const re = patternFor(numbers)
  const parts: TextPart[] = []
  let last = 0
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1].length
    if (at > last) parts.push({ text: text.slice(last, at) })
    parts.push({ text: m[2], phone: m[2] })
    last = at + m[2].length
    re.lastIndex = last
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}
