/**
 * Compact posting lists: numbers as little-endian base-45 varints written with printable ASCII
 * (`#`…`~` without the backslash), so the JSON needs no escaping. A posting is one number
 * `(docDelta - 1) * 4 + min(wtf - 1, 3)`, followed by `wtf - 4` when wtf ≥ 4.
 */

const ALPHABET = (() => {
  let s = ''
  for (let c = 35; c <= 126; c++) if (c !== 92) s += String.fromCharCode(c)
  return s
})()
const VALUE = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i
const BASE = 45

export function writeVarint(n: number): string {
  let out = ''
  while (n >= BASE) {
    out += ALPHABET[BASE + (n % BASE)]
    n = Math.floor(n / BASE)
  }
  return out + ALPHABET[n]
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
    if (v >= 0 && v < BASE) count++ // upper bound: one terminal digit per number
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
    if (v >= BASE) {
      n += (v - BASE) * mul
      mul *= BASE
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

/** FNV-1a 32-bit hash as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}
