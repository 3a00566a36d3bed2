import { halfWidth } from '../text/width'

/**
 * What citizens type into the date box, as YYYY-MM-DD: 2026/6/1, 2026.6.1, 2026-6-1, 20260601,
 * 2026年6月1日, with full-width digits or spaces. Anything else comes back trimmed and unchanged,
 * so the strict check (isIsoDate) reports it. The CLI stays strict on purpose.
 */
export function normalizeDateInput(input: string): string {
  const text = halfWidth(input).replace(/\s+/g, '')
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  const parts = compact ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text)
  if (!parts) return text
  const [, y, m, d] = parts
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
}
