/**
 * The one highlight and snippet module: where query words occur in a text (ranges in UTF-16
 * units, merged and sorted), the snippet a result card shows, and the text cut into plain and
 * highlighted parts for rendering. Used by the search engine, the 问答 cards and the reader.
 */
import { foldChar, isDigit, isLatin, normalize } from './normalize'
import { LONE_STOP_CHARS } from './tables'
import type { MatchRange } from './types'

/** 1 for a digit, 2 for a latin letter (full-width too), 0 otherwise: the runs nothing may cut. */
function runKind(code: number): number {
  const c = foldChar(code)
  return isDigit(c) ? 1 : isLatin(c) ? 2 : 0
}

/** Does a boundary between text[pos - 1] and text[pos] fall inside a run of digits or latin letters? */
function splitsRun(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false
  const k = runKind(text.charCodeAt(pos - 1))
  return k !== 0 && runKind(text.charCodeAt(pos)) === k
}

/**
 * Ranges where any of the terms occurs in text (normalised comparison), merged, in order.
 * A match never starts or ends inside a number or a latin word (「60」 is not found in 「160」),
 * and a lone stop character (的, 之, 了…) is never a range.
 */
export function findRanges(text: string, terms: string[]): MatchRange[] {
  if (!terms.length || !text) return []
  return rangesIn(normalize(text), terms)
}

/** Characters are chained by code mod BUCKETS (a few unrelated ones share a chain; each is checked). */
const BUCKETS = 256

/**
 * A normalised text with a 2048-bit set of the characters in it (by code mod 2048), and where its
 * characters occur: `first[code mod BUCKETS]` is the first position of a character in that bucket and
 * `next[i]` the next position after i in the same bucket (-1 after the last). A term's matches are then
 * found by visiting the places its first character may be, not by scanning the whole text per term.
 */
export interface PreparedText {
  norm: string
  chars: Uint32Array
  first: Int32Array
  next: Int32Array
}

export function prepareText(norm: string): PreparedText {
  const chars = new Uint32Array(64)
  const first = new Int32Array(BUCKETS).fill(-1)
  const next = new Int32Array(norm.length)
  // Backwards, so each position links to the one after it.
  for (let i = norm.length - 1; i >= 0; i--) {
    const code = norm.charCodeAt(i)
    next[i] = first[code % BUCKETS]
    first[code % BUCKETS] = i
    const c = code & 2047
    chars[c >> 5] |= 1 << (c & 31)
  }
  return { norm, chars, first, next }
}

/** A term as matching needs it, worked out once per query rather than once per text searched. */
interface TermProbe {
  text: string
  /** Its first UTF-16 unit. */
  head: number
  /** Its first three characters' codes mod 2048 (for a prepared text's character set). */
  marks: number[]
  /** Only a term that starts (ends) with a digit or letter can cut a number or word there. */
  checkStart: boolean
  checkEnd: boolean
}

/** Terms ready to be found in many texts (a query's words in each result): those never marked are left out. */
export interface TermProbes {
  probes: TermProbe[]
}

export function prepareTerms(terms: readonly string[]): TermProbes {
  const probes: TermProbe[] = []
  for (const t of terms) {
    // A lone stop character (的, 之, 了…) is never a range.
    if (!t || t.length > 1023 || (t.length === 1 && LONE_STOP_CHARS.has(t))) continue
    const marks: number[] = []
    for (let i = 0; i < Math.min(3, t.length); i++) marks.push(t.charCodeAt(i) & 2047)
    probes.push({ text: t, head: t.charCodeAt(0), marks, checkStart: runKind(t.charCodeAt(0)) !== 0, checkEnd: runKind(t.charCodeAt(t.length - 1)) !== 0 })
  }
  return { probes }
}

/** False when the term certainly does not occur in the prepared text (one of its first three characters is absent). */
function mayContain(chars: Uint32Array, marks: number[]): boolean {
  for (const c of marks) if (!(chars[c >> 5] & (1 << (c & 31)))) return false
  return true
}

/**
 * `findRanges` on text already normalised (`normalize(text)`), or prepared once per document
 * (`prepareText`), so that most absent terms are ruled out without a scan.
 */
export function rangesIn(text: string | PreparedText, terms: string[] | TermProbes): MatchRange[] {
  const prepared = typeof text === 'string' ? undefined : text
  const norm = prepared ? prepared.norm : (text as string)
  const probes = Array.isArray(terms) ? prepareTerms(terms).probes : terms.probes
  if (!probes.length || !norm) return []
  // Matches packed as start · 1024 + (1023 − length): a numeric sort orders them by start, longest first.
  const raw: number[] = []
  for (const { text: t, head, marks, checkStart, checkEnd } of probes) {
    if (prepared && !mayContain(prepared.chars, marks)) continue
    // Every position where t occurs (overlapping ones too), in order: among its first character's bucket, when prepared.
    let i = prepared ? prepared.first[head % BUCKETS] : norm.indexOf(t)
    for (; i >= 0; i = prepared ? prepared.next[i] : norm.indexOf(t, i + 1)) {
      if (prepared && (norm.charCodeAt(i) !== head || (t.length > 1 && !norm.startsWith(t, i)))) continue
      if ((checkStart && splitsRun(norm, i)) || (checkEnd && splitsRun(norm, i + t.length))) continue
      raw.push(i * 1024 + 1023 - t.length)
    }
  }
  const sorted = sortNumbers(raw)
  const out: MatchRange[] = []
  for (let k = 0; k < sorted.length; k++) {
    const start = Math.floor(sorted[k] / 1024)
    const end = start + 1023 - (sorted[k] % 1024)
    const last = out[out.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else out.push({ start, end })
  }
  return out
}

/** Numeric ascending sort: insertion sort for the usual handful of matches, a typed-array sort beyond. */
function sortNumbers(xs: number[]): ArrayLike<number> {
  if (xs.length > 32) return Float64Array.from(xs).sort()
  for (let k = 1; k < xs.length; k++) {
    const x = xs[k]
    let j = k - 1
    while (j >= 0 && xs[j] > x) {
      xs[j + 1] = xs[j]
      j--
    }
    xs[j + 1] = x
  }
  return xs
}

/** A text as the snippet maker reads it: white space runs as one space, and that normalised. */
export interface SnippetText extends PreparedText {
  flat: string
}

/** The per-text work of `makeSnippet`, done once per document rather than once per query. */
export function prepareSnippetText(text: string): SnippetText {
  const flat = text.replace(/\s+/g, ' ')
  return { flat, ...prepareText(normalize(flat)) }
}

const SNIPPET_LENGTH = 64
const SNIPPET_LEAD = 14
/** How far a snippet edge may grow to take in a whole number, latin word or match rather than cut it. */
const SNIPPET_GROW = 12

/**
 * Moves a snippet edge off a run of digits or latin letters it would cut: outward to the end of
 * the run when that adds at most SNIPPET_GROW characters, else inward (the run is left out).
 */
function edgeAt(text: string, pos: number, side: 'start' | 'end'): number {
  if (!splitsRun(text, pos)) return pos
  const k = runKind(text.charCodeAt(pos))
  let a = pos
  while (a > 0 && runKind(text.charCodeAt(a - 1)) === k) a--
  let b = pos
  while (b < text.length && runKind(text.charCodeAt(b)) === k) b++
  if (side === 'start') return pos - a <= SNIPPET_GROW ? a : b
  return b - pos <= SNIPPET_GROW ? b : a
}

const CLAUSE_END = /[。；！？：，、）」』]/
/** How far before the window a clause may begin and still be shown from its start. */
const CLAUSE_BACK = 6

/**
 * Starts the snippet at the beginning of a clause (after 。；，… ) rather than mid-phrase: the
 * last clause boundary before the first match, looking back at most CLAUSE_BACK characters
 * beyond the window's start. Without one nearby the start stays where it was.
 */
function clauseStart(text: string, start: number, firstMatch: number): number {
  if (start === 0) return 0
  for (let i = Math.min(firstMatch, text.length) - 1; i >= Math.max(0, start - CLAUSE_BACK); i--) {
    if (CLAUSE_END.test(text[i])) return i + 1
  }
  return start
}

/**
 * About SNIPPET_LENGTH characters of `text` around the best cluster of matches, with … where cut.
 * Edges never cut a number or a latin word, and a match at an edge is shown whole (the edge
 * moves) or not marked at all: a range is never clipped to a fragment.
 */
export function makeSnippet(
  text: string,
  terms: string[] | TermProbes,
  related: string[] | TermProbes = [],
  prepared: SnippetText = prepareSnippetText(text)
): { snippet: string; ranges: MatchRange[] } {
  const { flat } = prepared
  const ranges = rangesIn(prepared, terms)
  // Typed words count fully, words the synonyms brought in half (they only steer the window).
  // Both lists are in order: merged by start, a typed match before a related one at the same start.
  const relatedRanges = rangesIn(prepared, related)
  const weighted: { start: number; end: number; w: number }[] = []
  for (let a = 0, b = 0; a < ranges.length || b < relatedRanges.length; ) {
    if (b >= relatedRanges.length || (a < ranges.length && ranges[a].start <= relatedRanges[b].start)) {
      weighted.push({ start: ranges[a].start, end: ranges[a].end, w: 1 })
      a++
    } else {
      weighted.push({ start: relatedRanges[b].start, end: relatedRanges[b].end, w: 0.5 })
      b++
    }
  }
  let start = 0
  // The window with the most matched characters, starting a little before a match
  // (candidates in order, so the first of equal windows wins).
  let best = -1
  let lo = 0
  for (const r of weighted) {
    const s = Math.max(0, r.start - SNIPPET_LEAD)
    while (weighted[lo].start < s) lo++
    let covered = 0
    for (let j = lo; j < weighted.length && weighted[j].start < s + SNIPPET_LENGTH; j++) {
      const q = weighted[j]
      if (q.end <= s + SNIPPET_LENGTH) covered += (q.end - q.start) * q.w
    }
    if (covered > best) {
      best = covered
      start = s
    }
  }
  if (flat.length - start < SNIPPET_LENGTH) start = Math.max(0, flat.length - SNIPPET_LENGTH)
  start = clauseStart(flat, start, weighted.find((r) => r.start >= start)?.start ?? start)
  // A match cut by the start: move the window back to show it whole (when it is not far).
  const cutAtStart = ranges.find((r) => r.start < start && r.end > start)
  if (cutAtStart && start - cutAtStart.start <= SNIPPET_GROW) start = cutAtStart.start
  start = edgeAt(flat, start, 'start')
  let end = Math.min(flat.length, start + SNIPPET_LENGTH)
  // A match cut by the end: take it in whole when it ends soon after, else end before it.
  const cutAtEnd = ranges.find((r) => r.start < end && r.end > end)
  if (cutAtEnd) end = cutAtEnd.end - end <= SNIPPET_GROW ? cutAtEnd.end : cutAtEnd.start
  end = Math.max(start, edgeAt(flat, end, 'end'))
  const prefix = start > 0 ? '…' : ''
  const snippet = prefix + flat.slice(start, end) + (end < flat.length ? '…' : '')
  const shift = prefix.length - start
  const out: MatchRange[] = []
  // Only whole matches: one still cut by an edge (too far to move to) is left unmarked.
  for (const r of ranges) if (r.start >= start && r.end <= end) out.push({ start: r.start + shift, end: r.end + shift })
  return { snippet, ranges: out }
}

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
