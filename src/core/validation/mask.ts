/** Masking of personal data for display to its owner (我的报名). Pure. */

/** 张三 → 张*, 欧阳娜娜 → 欧***, 张 → *. Only the first character survives. */
export function maskName(name: string): string {
  const chars = Array.from((name ?? '').trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** 13812341234 → 138****1234. Anything shorter than 8 characters is fully masked. */
export function maskPhone(phone: string): string {
  const p = (phone ?? '').trim()
  if (p.length === 0) return ''
  if (p.length < 8) return '*'.repeat(p.length)
  return p.slice(0, 3) + '*'.repeat(p.length - 7) + p.slice(-4)
}
