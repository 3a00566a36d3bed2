/**
 * A small, pure WebVTT reader for the caption overlay (weapp has no text tracks, so the player
 * page parses the captions and shows `cueAt(cues, currentTime)` on every `timeupdate`).
 * Supports what our captions use and what ordinary WebVTT files contain: the `WEBVTT` header,
 * optional cue identifiers, `hh:mm:ss.ttt` and `mm:ss.ttt` timestamps, cue settings (ignored),
 * multi-line cue text, and NOTE / STYLE / REGION blocks (skipped).
 */

export interface Cue {
  /** Cue identifier, when the file gives one. */
  id?: string
  /** Seconds. */
  start: number
  /** Seconds; always greater than start. */
  end: number
  /** Cue payload; lines joined with '\n', markup tags kept as written. */
  text: string
}

export class VttError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line ? `WebVTT line ${line}: ${message}` : `WebVTT: ${message}`)
    this.name = 'VttError'
  }
}

const TIMESTAMP = /^(?:(\d{1,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

/** `01:02.500` → 62.5, `1:00:00.000` → 3600; throws VttError on anything else. */
export function parseTimestamp(text: string, line?: number): number {
  const m = TIMESTAMP.exec(text.trim())
  if (!m) throw new VttError(`malformed timestamp "${text.trim()}" (expected hh:mm:ss.ttt or mm:ss.ttt)`, line)
  const [, h, mm, ss, ms] = m
  return (h ? Number(h) * 3600 : 0) + Number(mm) * 60 + Number(ss) + Number(ms) / 1000
}

/** 62.5 → `00:01:02.500`. */
export function formatTimestamp(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`bad time ${seconds}`)
  const totalMs = Math.round(seconds * 1000)
  const h = Math.floor(totalMs / 3_600_000)
  const m = Math.floor((totalMs % 3_600_000) / 60_000)
  const s = Math.floor((totalMs % 60_000) / 1000)
  const ms = totalMs % 1000
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(h)}:${p(m)}:${p(s)}.${p(ms, 3)}`
}

/** Parses a WebVTT document into cues in file order. Throws VttError with the line number. */
export function parseVtt(text: string): Cue[] {
  if (typeof text !== 'string') throw new VttError('input is not text')
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    throw new VttError('missing "WEBVTT" header on the first line', 1)
  }
  const cues: Cue[] = []
  let i = 1
  // Header continuation lines run until the first blank line.
  while (i < lines.length && lines[i].trim() !== '') i++
  while (i < lines.length) {
    while (i < lines.length && lines[i].trim() === '') i++
    if (i >= lines.length) break
    const blockStart = i
    const block: string[] = []
    while (i < lines.length && lines[i].trim() !== '') block.push(lines[i++])
    const first = block[0]
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue
    let timingIndex = 0
    let id: string | undefined
    if (!first.includes('-->')) {
      if (block.length < 2 || !block[1].includes('-->')) {
        throw new VttError(`expected a cue timing line "start --> end", got "${first}"`, blockStart + 1)
      }
      id = first.trim()
      timingIndex = 1
    }
    const timingLine = block[timingIndex]
    const lineNo = blockStart + timingIndex + 1
    const m = /^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/.exec(timingLine)
    if (!m) throw new VttError(`malformed cue timing "${timingLine}"`, lineNo)
    const start = parseTimestamp(m[1], lineNo)
    const end = parseTimestamp(m[2], lineNo)
    if (!(end > start)) throw new VttError(`cue ends (${m[2]}) before or when it starts (${m[1]})`, lineNo)
    const payload = block.slice(timingIndex + 1)
    if (payload.some((l) => l.includes('-->'))) {
      throw new VttError('cue text contains "-->" (missing blank line between cues?)', lineNo + 1)
    }
    const cue: Cue = { start, end, text: payload.join('\n') }
    if (id !== undefined) cue.id = id
    cues.push(cue)
  }
  return cues
}

/**
 * The cue showing at `seconds` (start ≤ t < end), or null between cues and outside the clip.
 * When cues overlap, the one that started last wins (what a viewer would be reading).
 */
export function cueAt(cues: readonly Cue[], seconds: number): Cue | null {
  if (!Number.isFinite(seconds)) return null
  let found: Cue | null = null
  for (const cue of cues) {
    if (cue.start <= seconds && seconds < cue.end && (!found || cue.start >= found.start)) found = cue
  }
  return found
}

/** Serialises cues back to WebVTT (used by the media build). */
export function formatVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((c, n) => `${c.id ?? n + 1}\n${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}\n${c.text}`)
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}

/** Seconds of [0, duration] covered by at least one cue (overlaps counted once). */
export function coveredSeconds(cues: readonly Cue[], duration: number): number {
  const spans = cues
    .map((c) => [Math.max(0, c.start), Math.min(duration, c.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  let total = 0
  let curS = -1
  let curE = -1
  for (const [s, e] of spans) {
    if (s > curE) {
      if (curE > curS) total += curE - curS
      curS = s
      curE = e
    } else if (e > curE) curE = e
  }
  if (curE > curS) total += curE - curS
  return total
}
