export interface Range {
  start: number
  end: number
}

export interface Segment {
  text: string
  hit: boolean
}

/** Cuts `text` into plain and highlighted runs; ranges may be unsorted, overlapping, touching or out of bounds. */
export function splitByRanges(text: string, ranges: Range[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start)
  const out: Segment[] = []
  let at = 0
  for (const r of sorted) {
    if (r.end <= at) continue
    const start = Math.max(r.start, at)
    if (start > at) out.push({ text: text.slice(at, start), hit: false })
    const last = out[out.length - 1]
    // Touching or overlapping ranges become one highlighted run.
    if (last?.hit && start === at) last.text += text.slice(start, r.end)
    else out.push({ text: text.slice(start, r.end), hit: true })
    at = r.end
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), hit: false })
  return out
}
