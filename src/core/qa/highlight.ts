/**
 * Highlighting and snippet cutting for result cards. Ranges are [start, end) in UTF-16 units,
 * as the search core returns them.
 */
import type { MatchRange } from '../search/types'

export interface TextPart {
  text: string
  /** True for a matched stretch (rendered with className 'highlight'). */
  hit: boolean
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Moves a boundary off the middle of a surrogate pair (never splits one character in two). */
function snap(text: string, at: number): number {
  if (at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1))) return at - 1
  return at
}

/** Ranges clamped to the text, sorted, empty ones dropped, overlapping or touching ones merged. */
export function normalizeRanges(text: string, ranges: readonly MatchRange[]): MatchRange[] {
  const clamped = ranges
    .map((r) => ({ start: snap(text, Math.max(0, Math.min(text.length, r.start))), end: Math.max(0, Math.min(text.length, r.end)) }))
    .map((r) => ({ start: r.start, end: r.end < text.length && r.end > 0 && isHighSurrogate(text.charCodeAt(r.end - 1)) ? r.end + 1 : r.end }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const out: MatchRange[] = []
  for (const r of clamped) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

/** The text cut into plain and highlighted parts, in order; joined they give the text back. */
export function splitByRanges(text: string, ranges: readonly MatchRange[]): TextPart[] {
  if (!text) return []
  const parts: TextPart[] = []
  let at = 0
  for (const r of normalizeRanges(text, ranges)) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), hit: false })
    parts.push({ text: text.slice(r.start, r.end), hit: true })
    at = r.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return parts
}

/**
 * About `length` characters of `text` around its first match (a few characters of lead-in
 * before it), with 「…」 where cut, and the ranges shifted into the snippet. Whitespace runs
 * (paragraph breaks) become one space. Without ranges: the start of the text.
 */
export function cutSnippet(
  text: string,
  ranges: readonly MatchRange[] = [],
  length = 60,
  lead = 12
): { snippet: string; ranges: MatchRange[] } {
  // Collapse whitespace while keeping a map from new to old positions for the ranges.
  let flat = ''
  const oldAt: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (/\s/.test(ch)) {
      if (flat.length === 0 || flat[flat.length - 1] === ' ') continue
      flat += ' '
    } else flat += ch
    oldAt.push(i)
  }
  while (flat.endsWith(' ')) {
    flat = flat.slice(0, -1)
    oldAt.pop()
  }
  const toFlat = (old: number) => {
    let k = 0
    while (k < oldAt.length && oldAt[k] < old) k++
    return k
  }
  const mapped = normalizeRanges(
    flat,
    ranges.map((r) => ({ start: toFlat(r.start), end: toFlat(r.end) }))
  )
  if (flat.length <= length) return { snippet: flat, ranges: mapped }
  let start = mapped.length ? Math.max(0, mapped[0].start - lead) : 0
  if (flat.length - start < length) start = flat.length - length
  start = snap(flat, start)
  const end = snap(flat, Math.min(flat.length, start + length))
  const prefix = start > 0 ? '…' : ''
  const snippet = prefix + flat.slice(start, end) + (end < flat.length ? '…' : '')
  const shift = prefix.length - start
  const out: MatchRange[] = []
  for (const r of mapped) {
    if (r.end <= start || r.start >= end) continue
    out.push({ start: Math.max(r.start, start) + shift, end: Math.min(r.end, end) + shift })
  }
  return { snippet, ranges: out }
}
