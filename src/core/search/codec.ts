/**
 * Compact posting lists: numbers as little-endian varints written with the 92 printable ASCII
 * characters JSON needs no escape for, other than the space that separates lists (`!`, `#`…`~`
 * without the backslash). A number below 65 is one terminal character; a larger one is written as
 * base-27 continuation digits, lowest first, then a terminal for what is left (65 of 92 for
 * terminals fits the index's numbers, most of them small, about 2 % tighter than half and half).
 * A posting is one number `(docDelta - 1) * 4 + min(wtf - 1, 3)`, followed by `wtf - 4` when wtf ≥ 4.
 */

const ALPHABET = (() => {
  let s = '!'
  for (let c = 35; c <= 126; c++) if (c !== 92) s += String.fromCharCode(c)
  return s
})()
const VALUE = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i
/** Digit values below TERMINALS end a number; the others are continuation digits (value − TERMINALS). */
const TERMINALS = 65
const RADIX = ALPHABET.length - TERMINALS

export function writeVarint(n: number): string {
  let out = ''
  while (n >= TERMINALS) {
    out += ALPHABET[TERMINALS + (n % RADIX)]
    n = Math.floor(n / RADIX)
  }
  return out + ALPHABET[n]
}

/**
 * Characters in ascending order as varint steps between code points (each minus one), about two
 * bytes a character where UTF-8 takes three: the index's term list and pinyin table.
 */
export function encodeChars(chars: readonly string[]): string {
  let out = ''
  let prev = -1
  for (const ch of chars) {
    const code = ch.charCodeAt(0)
    if (code <= prev) throw new Error('search index: characters out of order')
    out += writeVarint(code - prev - 1)
    prev = code
  }
  return out
}

/** Numbers written one after another with `writeVarint`. */
export function decodeVarints(text: string): number[] {
  const out: number[] = []
  let n = 0
  let mul = 1
  for (let i = 0; i < text.length; i++) {
    const v = VALUE[text.charCodeAt(i)]
    if (v < 0) throw new Error('search index: bad varint')
    if (v >= TERMINALS) {
      n += (v - TERMINALS) * mul
      mul *= RADIX
      continue
    }
    out.push(n + v * mul)
    n = 0
    mul = 1
  }
  return out
}

/** The characters of `encodeChars`. */
export function decodeChars(text: string): string[] {
  const out: string[] = []
  let prev = -1
  for (const step of decodeVarints(text)) {
    prev += step + 1
    out.push(String.fromCharCode(prev))
  }
  return out
}

export function encodePostings(docs: number[], wtfs: number[]): string {
  let out = ''
  let prev = -1
  for (let i = 0; i < docs.length; i++) {
    const delta = docs[i] - prev
    prev = docs[i]
    const t = wtfs[i] - 1
    out += writeVarint((delta - 1) * 4 + Math.min(t, 3))
    if (t >= 3) out += writeVarint(t - 3)
  }
  return out
}

/**
 * Decodes every posting list of `post` (lists separated by spaces) into flat arrays.
 * Returns offsets (length terms + 1), doc numbers and weighted term frequencies.
 */
export function decodeAll(post: string, terms: number): { offsets: Uint32Array; docs: Uint16Array; tfs: Uint16Array } {
  let count = 0
  for (let i = 0; i < post.length; i++) {
    const v = VALUE[post.charCodeAt(i)]
    if (v >= 0 && v < TERMINALS) count++ // upper bound: one terminal digit per number
  }
  const offsets = new Uint32Array(terms + 1)
  const docs = new Uint16Array(count)
  const tfs = new Uint16Array(count)
  let k = 0
  let term = 0
  let prev = -1
  let pendingTf = false
  let n = 0
  let mul = 1
  for (let i = 0; i < post.length; i++) {
    const code = post.charCodeAt(i)
    if (code === 32) {
      offsets[++term] = k
      prev = -1
      continue
    }
    const v = VALUE[code]
    if (v >= TERMINALS) {
      n += (v - TERMINALS) * mul
      mul *= RADIX
      continue
    }
    n += v * mul
    if (pendingTf) {
      tfs[k - 1] += n
      pendingTf = false
    } else {
      const doc = prev + 1 + Math.floor(n / 4)
      const t = n % 4
      docs[k] = doc
      tfs[k] = t + 1
      prev = doc
      k++
      if (t === 3) pendingTf = true
    }
    n = 0
    mul = 1
  }
  offsets[++term] = k
  if (term !== terms) throw new Error(`search index: ${term} posting lists for ${terms} terms`)
  return { offsets, docs: docs.subarray(0, k), tfs: tfs.subarray(0, k) }
}

/** Extra postings per term; `alone` marks a term no content uses (its list is left out of `post`). */
type Extra = Map<number, { docs: ArrayLike<number>; tfs: ArrayLike<number>; alone: boolean }>

/**
 * Extra postings per term, decoded from `SearchIndexData.asked` (see build.ts): each run is one
 * varint, twice the step from the previous run's term plus 1 when no content uses the term,
 * followed by an ordinary posting list, which `decodeAll` reads with the others.
 */
export function decodeExtra(text: string): Extra {
  const steps: number[] = []
  const lists: string[] = []
  for (const run of text.split(' ')) {
    if (!run) continue
    let i = 0
    let step = 0
    let mul = 1
    let v = VALUE[run.charCodeAt(0)]
    for (; v >= TERMINALS; v = VALUE[run.charCodeAt(++i)]) {
      step += (v - TERMINALS) * mul
      mul *= RADIX
    }
    if (v < 0) throw new Error('search index: bad varint')
    steps.push(step + v * mul)
    lists.push(run.slice(i + 1))
  }
  const out: Extra = new Map()
  if (!lists.length) return out
  const { offsets, docs, tfs } = decodeAll(lists.join(' '), lists.length)
  let term = -1
  steps.forEach((step, k) => {
    term += (step >> 1) + 1
    out.set(term, { docs: docs.subarray(offsets[k], offsets[k + 1]), tfs: tfs.subarray(offsets[k], offsets[k + 1]), alone: (step & 1) === 1 })
  })
  return out
}

/**
 * The content's posting lists of all `terms`, from `decodeAll`'s lists of the terms `post` holds:
 * the terms no content uses (`alone` in `extra`) get empty lists, which `post` leaves out (about
 * 1 byte each for some 6,000 words only questions use).
 */
export function withEmptyLists(lists: Postings, extra: Extra, terms: number): Postings {
  const offsets = new Uint32Array(terms + 1)
  let k = 0
  for (let t = 0; t < terms; t++) {
    offsets[t] = lists.offsets[k]
    if (!extra.get(t)?.alone) k++
  }
  offsets[terms] = lists.offsets[k]
  if (k !== lists.offsets.length - 1) throw new Error(`search index: ${lists.offsets.length - 1} posting lists for ${k} content terms`)
  return { offsets, docs: lists.docs, tfs: lists.tfs }
}

type Postings = { offsets: Uint32Array; docs: Uint16Array; tfs: Uint16Array }

/**
 * The posting lists as search reads them, from the index's: each character's list, which the index
 * keeps only for its occurrences that start no bigram, gets the bigrams it starts added back (they
 * follow it in term order; `groups[i]` is the size of the i-th character's group, itself and its
 * bigrams), so weighted frequencies add up exactly to the character's own count; then `extra`
 * postings (what documents learnt from asked questions) are added to their terms. Other terms
 * follow the groups unchanged. One pass, one allocation: this runs when the app loads the index.
 */
export function restorePostings(groups: readonly number[], lists: Postings, n: number, extra: Extra = new Map()): Postings {
  const { offsets, docs, tfs } = lists
  const terms = offsets.length - 1
  let added = 0
  for (const e of extra.values()) added += e.docs.length
  // A character's list is at most its group's lists together.
  const bound = 2 * docs.length + added
  const outOffsets = new Uint32Array(terms + 1)
  const outDocs = new Uint16Array(bound)
  const outTfs = new Uint16Array(bound)
  const acc = new Uint32Array(n)
  const touched = new Uint16Array(n)
  let k = 0
  // Copies term t's list, adding its extra postings (both sorted by document).
  const copy = (t: number) => {
    outOffsets[t] = k
    const e = extra.get(t)
    let p = offsets[t]
    const end = offsets[t + 1]
    if (!e) {
      outDocs.set(docs.subarray(p, end), k)
      outTfs.set(tfs.subarray(p, end), k)
      k += end - p
      return
    }
    let j = 0
    while (p < end || j < e.docs.length) {
      if (p < end && (j >= e.docs.length || docs[p] <= e.docs[j])) {
        outDocs[k] = docs[p]
        outTfs[k] = tfs[p]
        if (j < e.docs.length && e.docs[j] === docs[p]) outTfs[k] += e.tfs[j++]
        p++
      } else {
        outDocs[k] = e.docs[j]
        outTfs[k] = e.tfs[j++]
      }
      k++
    }
  }
  let t = 0
  for (const size of groups) {
    let m = 0
    for (let p = offsets[t], end = offsets[t + size]; p < end; p++) {
      const d = docs[p]
      if (acc[d] === 0) touched[m++] = d
      acc[d] += tfs[p]
    }
    const own = touched.subarray(0, m).sort()
    outOffsets[t] = k
    for (let i = 0; i < m; i++) {
      const d = own[i]
      outDocs[k] = d
      outTfs[k++] = acc[d]
      acc[d] = 0
    }
    // Learnt postings are for bigrams only; a character's extra would be lost here.
    if (extra.has(t)) throw new Error('search index: extra postings for a character')
    const last = t + size
    let b = t + 1
    while (b < last) {
      // A run of bigrams without extra postings moves in one block, its offsets shifted alike.
      let e = b
      while (e < last && !extra.has(e)) e++
      if (e > b) {
        const shift = k - offsets[b]
        for (let x = b; x < e; x++) outOffsets[x] = offsets[x] + shift
        outDocs.set(docs.subarray(offsets[b], offsets[e]), k)
        outTfs.set(tfs.subarray(offsets[b], offsets[e]), k)
        k += offsets[e] - offsets[b]
      }
      if (e < last) copy(e)
      b = e + 1
    }
    t = last
  }
  for (; t < terms; t++) copy(t)
  outOffsets[terms] = k
  return { offsets: outOffsets, docs: outDocs.subarray(0, k), tfs: outTfs.subarray(0, k) }
}

/** FNV-1a 32-bit hash as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
