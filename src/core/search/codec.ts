/**
 * The index's compact texts, in the 92 printable ASCII characters JSON needs no escape for, other
 * than the space that separates parts (`!`, `#`…`~` without the backslash). Small tables are
 * little-endian varints: a number below 65 is one terminal character; a larger one is written as
 * base-27 continuation digits, lowest first, then a terminal for what is left. The posting lists
 * and the term list are entropy-coded (`NumberWriter`): 53 KB less than varints at 8,927 questions.
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

/**
 * Numbers entropy-coded (the index's posting lists and term list): each number belongs to a
 * `model` (a kind of number: a list's length, a document step, a frequency…), and each model gets
 * its own canonical Huffman code over symbols: a number below DIRECT is its own symbol, a larger one
 * the symbol of its bit length followed by the bits below its top one. The text is the code lengths
 * (varints: per model, how many symbols, then each one's length, 0 for unused), a space, then the
 * bits, 13 to every two alphabet characters (92² = 8,464 ≥ 2¹³). About a quarter smaller than
 * varints on the index's lists, because small steps and frequencies are far commoner than large ones.
 */
const DIRECT = 32
const PAIR_BITS = 13

function symbolOf(value: number): { symbol: number; extra: number; bits: number } {
  if (!(value >= 0) || !Number.isInteger(value)) throw new Error(`search index: cannot code ${value}`)
  if (value < DIRECT) return { symbol: value, extra: 0, bits: 0 }
  const x = value - DIRECT + 1
  const bits = 31 - Math.clz32(x)
  return { symbol: DIRECT + bits, extra: x - 2 ** bits, bits }
}

/** Huffman code lengths for symbol counts (0 for a symbol never used; a lone symbol gets 1). */
function codeLengths(counts: readonly number[]): number[] {
  type Node = { weight: number; symbol: number; left?: Node; right?: Node }
  let nodes: Node[] = []
  counts.forEach((weight, symbol) => {
    if (weight > 0) nodes.push({ weight, symbol })
  })
  const lengths = counts.map(() => 0)
  if (nodes.length === 1) lengths[nodes[0].symbol] = 1
  // Few symbols a model: a sorted array is quick enough at build time.
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.weight - b.weight || a.symbol - b.symbol)
    const [left, right] = nodes
    nodes = [{ weight: left.weight + right.weight, symbol: Math.min(left.symbol, right.symbol), left, right }, ...nodes.slice(2)]
  }
  const walk = (node: Node, depth: number) => {
    if (!node.left) lengths[node.symbol] = depth
    else {
      walk(node.left, depth + 1)
      walk(node.right!, depth + 1)
    }
  }
  if (nodes.length === 1 && nodes[0].left) walk(nodes[0], 0)
  if (lengths.some((l) => l > 30)) throw new Error('search index: code too long')
  return lengths
}

/** Canonical codes from lengths: shorter codes first, then by symbol. */
function canonicalCodes(lengths: readonly number[]): number[] {
  const order = lengths.map((l, s) => [l, s]).filter(([l]) => l > 0).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const codes = lengths.map(() => 0)
  let code = 0
  let previous = 0
  for (const [length, symbol] of order) {
    code *= 2 ** (length - previous)
    codes[symbol] = code++
    previous = length
  }
  return codes
}

/** Collects numbers by model, then writes them (`text`) with codes fitted to what it collected. */
export class NumberWriter {
  private readonly models: number[] = []
  private readonly values: number[] = []
  put(model: number, value: number): void {
    symbolOf(value)
    this.models.push(model)
    this.values.push(value)
  }
  text(): string {
    const modelCount = this.models.reduce((m, x) => Math.max(m, x + 1), 0)
    const counts: number[][] = Array.from({ length: modelCount }, () => [])
    this.values.forEach((v, i) => {
      const { symbol } = symbolOf(v)
      const c = counts[this.models[i]]
      while (c.length <= symbol) c.push(0)
      c[symbol]++
    })
    const lengths = counts.map(codeLengths)
    const codes = lengths.map(canonicalCodes)
    let header = writeVarint(modelCount)
    for (const l of lengths) header += writeVarint(l.length) + l.map(writeVarint).join('')
    let body = ''
    let acc = 0
    let filled = 0
    const push = (value: number, bits: number) => {
      for (let b = bits - 1; b >= 0; b--) {
        acc = acc * 2 + (Math.floor(value / 2 ** b) % 2)
        if (++filled === PAIR_BITS) {
          body += ALPHABET[Math.floor(acc / ALPHABET.length)] + ALPHABET[acc % ALPHABET.length]
          acc = 0
          filled = 0
        }
      }
    }
    this.values.forEach((v, i) => {
      const m = this.models[i]
      const { symbol, extra, bits } = symbolOf(v)
      push(codes[m][symbol], lengths[m][symbol])
      push(extra, bits)
    })
    if (filled) push(0, PAIR_BITS - filled)
    return header + ' ' + body
  }
}

/** Codes up to this long are read in one step through a table (the index's are mostly shorter). */
const QUICK_BITS = 10

/** Reads what a `NumberWriter` wrote, model by model in the same order. */
export class NumberReader {
  /** Per model: how many codes of each length, and the symbols in canonical order (for long codes). */
  private readonly counts: Uint16Array[] = []
  private readonly symbols: Uint16Array[] = []
  /** Per model: the next QUICK_BITS bits → symbol × 32 + code length, 0 when the code is longer. */
  private readonly quick: Uint32Array[] = []
  private readonly body: string
  private pos = 0
  /** Bits read from the body and not yet used: the low `have` bits of `buf`, first bit highest. */
  private buf = 0
  private have = 0
  constructor(text: string) {
    const space = text.indexOf(' ')
    if (space < 0) throw new Error('search index: coded numbers without a header')
    const header = decodeVarints(text.slice(0, space))
    let k = 0
    const models = header[k++]
    for (let m = 0; m < models; m++) {
      const n = header[k++]
      const lengths = header.slice(k, (k += n))
      const counts = new Uint16Array(32)
      for (const l of lengths) if (l) counts[l]++
      const symbols = new Uint16Array(n)
      let j = 0
      for (let l = 1; l < 32; l++) for (let s = 0; s < n; s++) if (lengths[s] === l) symbols[j++] = s
      const quick = new Uint32Array(1 << QUICK_BITS)
      canonicalCodes(lengths).forEach((code, s) => {
        const l = lengths[s]
        if (l && l <= QUICK_BITS) quick.fill(s * 32 + l, code << (QUICK_BITS - l), (code + 1) << (QUICK_BITS - l))
      })
      this.counts.push(counts)
      this.symbols.push(symbols.subarray(0, j))
      this.quick.push(quick)
    }
    // Read in place: a slice of a long string reads slower.
    this.body = text
    this.pos = space + 1
  }
  /**
   * At least 17 bits in `buf` while the body lasts (two characters bring 13), never more than 29:
   * the buffer stays a small integer, which V8 keeps unboxed (31 bits made reading 5 times slower).
   */
  private fill(): void {
    while (this.have <= 16 && this.pos + 1 < this.body.length) {
      const hi = VALUE[this.body.charCodeAt(this.pos++)]
      const lo = VALUE[this.body.charCodeAt(this.pos++)]
      if (hi < 0 || lo < 0) throw new Error('search index: bad coded character')
      this.buf = (this.buf << PAIR_BITS) | (hi * ALPHABET.length + lo)
      this.have += PAIR_BITS
    }
  }
  /** The next `n` (≤ 16) bits, zeros past the end. */
  private peek(n: number): number {
    const mask = (1 << n) - 1
    return this.have >= n ? (this.buf >>> (this.have - n)) & mask : (this.buf << (n - this.have)) & mask
  }
  private skip(n: number): void {
    if (n > this.have) throw new Error('search index: coded numbers end early')
    this.have -= n
    this.buf &= (1 << this.have) - 1
  }
  private bits(n: number): number {
    if (n <= 16) {
      if (this.have < n) this.fill()
      const value = this.peek(n)
      this.skip(n)
      return value
    }
    let value = 0
    while (n > 0) {
      const take = Math.min(n, 16)
      this.fill()
      value = value * 2 ** take + this.peek(take)
      this.skip(take)
      n -= take
    }
    return value
  }
  get(model: number): number {
    const quick = this.quick[model]
    if (!quick) throw new Error(`search index: no code for model ${model}`)
    if (this.have < QUICK_BITS) this.fill()
    const entry = quick[this.peek(QUICK_BITS)]
    let symbol: number
    if (entry) {
      this.skip(entry & 31)
      symbol = entry >>> 5
    } else symbol = this.longCode(model)
    if (symbol < DIRECT) return symbol
    const extra = symbol - DIRECT
    return DIRECT - 1 + (extra < 31 ? 1 << extra : 2 ** extra) + this.bits(extra)
  }
  /** A code longer than QUICK_BITS, bit by bit through the canonical counts. */
  private longCode(model: number): number {
    const counts = this.counts[model]
    let code = 0
    let first = 0
    let index = 0
    for (let length = 1; length < 32; length++) {
      code |= this.bits(1)
      const count = counts[length]
      if (code - first < count) return this.symbols[model][index + code - first]
      index += count
      first = (first + count) * 2
      code *= 2
    }
    throw new Error('search index: bad code')
  }
}

/** Models of the posting streams: list counts, list lengths, frequency rests, term steps, then doc steps by list length. */
const LISTS = 0
const LENGTH = 1
const TF_REST = 2
const TERM_STEP = 3
const DOC_STEP = 4

/** Short lists have long steps between documents: a code for each range of lengths (1, 2–3, 4–7, … 64+). */
function docStepModel(length: number): number {
  return DOC_STEP + Math.min(6, 31 - Math.clz32(length))
}

/** A posting list: its length, then per posting `(docDelta - 1) * 4 + min(wtf - 1, 3)` and `wtf - 4` when wtf ≥ 4. */
function putList(w: NumberWriter, docs: readonly number[], wtfs: readonly number[]): void {
  w.put(LENGTH, docs.length)
  const model = docStepModel(docs.length)
  let prev = -1
  for (let i = 0; i < docs.length; i++) {
    if (docs[i] <= prev) throw new Error('search index: documents out of order')
    const t = wtfs[i] - 1
    w.put(model, (docs[i] - prev - 1) * 4 + Math.min(t, 3))
    if (t >= 3) w.put(TF_REST, t - 3)
    prev = docs[i]
  }
}

/** Reads lists into flat arrays from `k` on; returns the new end. */
function readList(r: NumberReader, docs: Uint16Array, tfs: Uint16Array, k: number): number {
  const length = r.get(LENGTH)
  if (k + length > docs.length) throw new Error('search index: more postings than announced')
  const model = docStepModel(length)
  let prev = -1
  for (let i = 0; i < length; i++) {
    const n = r.get(model)
    const doc = prev + 1 + (n >> 2)
    const t = n & 3
    docs[k] = doc
    tfs[k++] = t + 1 + (t === 3 ? r.get(TF_REST) : 0)
    prev = doc
  }
  return k
}

/** The posting lists of the index's terms, in term order (`decodeAll` reads them). */
export function encodeLists(lists: readonly { docs: readonly number[]; wtfs: readonly number[] }[]): string {
  const w = new NumberWriter()
  w.put(LISTS, lists.length)
  w.put(LISTS, lists.reduce((n, l) => n + l.docs.length, 0))
  for (const l of lists) putList(w, l.docs, l.wtfs)
  return w.text()
}

/**
 * What documents learnt, per term (`decodeExtra` reads it): each run is the term-number step from
 * the previous run (minus one), doubled, plus 1 when no content uses the term; then its list.
 */
export function encodeLearnt(runs: readonly { step: number; alone: boolean; docs: readonly number[]; wtfs: readonly number[] }[]): string {
  if (!runs.length) return ''
  const w = new NumberWriter()
  w.put(LISTS, runs.length)
  w.put(LISTS, runs.reduce((n, l) => n + l.docs.length, 0))
  for (const run of runs) {
    w.put(TERM_STEP, run.step * 2 + (run.alone ? 1 : 0))
    putList(w, run.docs, run.wtfs)
  }
  return w.text()
}

/**
 * Decodes the posting lists of `encodeLists` into flat arrays: offsets (length terms + 1),
 * document numbers and weighted term frequencies.
 */
export function decodeAll(post: string, terms: number): Postings {
  const r = new NumberReader(post)
  const lists = r.get(LISTS)
  if (lists !== terms) throw new Error(`search index: ${lists} posting lists for ${terms} terms`)
  const total = r.get(LISTS)
  const offsets = new Uint32Array(terms + 1)
  const docs = new Uint16Array(total)
  const tfs = new Uint16Array(total)
  let k = 0
  for (let t = 0; t < terms; t++) {
    offsets[t] = k
    k = readList(r, docs, tfs, k)
  }
  offsets[terms] = k
  if (k !== total) throw new Error('search index: fewer postings than announced')
  return { offsets, docs, tfs }
}

/** Small non-negative numbers (the documents' lengths), entropy-coded: how many, then each. */
export function encodeNumbers(values: readonly number[]): string {
  const w = new NumberWriter()
  w.put(0, values.length)
  for (const v of values) w.put(1, v)
  return w.text()
}

export function decodeNumbers(text: string): number[] {
  const r = new NumberReader(text)
  const out: number[] = []
  for (let n = r.get(0), k = 0; k < n; k++) out.push(r.get(1))
  return out
}

/**
 * Numbers keyed by ascending numbers, entropy-coded: for each, the step from the previous key
 * (minus one), then its value. The off-topic words' weights in quarters by term number (`off`),
 * and the fold table by code point (`encodeFold`).
 */
export function encodeTermWeights(weights: readonly (readonly [number, number])[]): string {
  const w = new NumberWriter()
  w.put(0, weights.length)
  let prev = -1
  for (const [term, weight] of weights) {
    if (term <= prev) throw new Error('search index: terms out of order')
    w.put(1, term - prev - 1)
    w.put(2, weight)
    prev = term
  }
  return w.text()
}

export function decodeTermWeights(text: string): [number, number][] {
  const out: [number, number][] = []
  if (!text) return out
  const r = new NumberReader(text)
  let term = -1
  for (let n = r.get(0), k = 0; k < n; k++) {
    term += r.get(1) + 1
    out.push([term, r.get(2)])
  }
  return out
}

/**
 * Words of three or more characters (the keyword lexicon, `lex`), in their order. Each is its
 * length, the term number of its first pair, then each further character as one more than its
 * rank among the second characters of the previous character's group (that pair is a term), or 0
 * and the character's code point. About a third of the words written out (379 words: 4.5 KB).
 */
export function encodeWords(
  words: readonly string[],
  termNumber: (term: string) => number | undefined,
  secondsOf: (first: string) => readonly string[] | undefined
): string {
  const w = new NumberWriter()
  w.put(0, words.length)
  for (const word of words) {
    const first = termNumber(word.slice(0, 2))
    if (word.length < 3 || first === undefined) throw new Error(`search index: lexicon word ${word} has no first pair`)
    w.put(1, word.length - 3)
    w.put(2, first)
    for (let i = 2; i < word.length; i++) {
      const rank = secondsOf(word[i - 1])?.indexOf(word[i]) ?? -1
      w.put(3, rank + 1)
      if (rank < 0) w.put(4, word.charCodeAt(i))
    }
  }
  return w.text()
}

export function decodeWords(text: string, terms: readonly string[], secondsOf: (first: string) => readonly string[] | undefined): string[] {
  const out: string[] = []
  if (!text) return out
  const r = new NumberReader(text)
  for (let n = r.get(0), k = 0; k < n; k++) {
    const length = r.get(1) + 3
    let word = terms[r.get(2)]
    while (word.length < length) {
      const rank = r.get(3)
      word += rank ? secondsOf(word[word.length - 1])![rank - 1] : String.fromCharCode(r.get(4))
    }
    out.push(word)
  }
  return out
}

/**
 * The 繁体/variant → 简体 table (`fold`), as `encodeTermWeights` over code points: the characters to
 * fold in ascending order, each with the signed step to the character it folds to (zigzag: 0, −1,
 * 1, −2…). About half the size of the pairs written out (802 pairs: 4.8 → 2.5 KB).
 */
export function encodeFold(pairs: ReadonlyMap<string, string>): string {
  const steps: [number, number][] = [...pairs].map(([from, to]) => {
    if (from.length !== 1 || to.length !== 1) throw new Error('search index: bad fold pair')
    const step = to.charCodeAt(0) - from.charCodeAt(0)
    return [from.charCodeAt(0), step < 0 ? -2 * step - 1 : 2 * step]
  })
  return encodeTermWeights(steps.sort((a, b) => a[0] - b[0]))
}

export function decodeFold(text: string): Map<string, string> {
  return new Map(decodeTermWeights(text).map(([code, z]) => [String.fromCharCode(code), String.fromCharCode(code + (z & 1 ? -(z + 1) / 2 : z / 2))]))
}

/**
 * The index's document order (`order`): a permutation of the corpus positions, as how many, then
 * each position's rank among those not yet placed (entropy-coded: about 1.2 bytes a document).
 */
export function encodeOrder(order: readonly number[]): string {
  const left = Array.from({ length: order.length }, (_, i) => i)
  const w = new NumberWriter()
  w.put(0, order.length)
  for (const d of order) {
    const rank = left.indexOf(d)
    if (rank < 0) throw new Error('search index: document order is not a permutation')
    w.put(1, rank)
    left.splice(rank, 1)
  }
  return w.text()
}

/** The permutation `encodeOrder` wrote; throws unless it orders exactly `n` documents. */
export function decodeOrder(text: string, n: number): number[] {
  const r = new NumberReader(text)
  if (r.get(0) !== n) throw new Error('search index: document order for another corpus')
  const left = Array.from({ length: n }, (_, i) => i)
  const order: number[] = []
  for (let k = 0; k < n; k++) {
    const rank = r.get(1)
    if (rank >= left.length) throw new Error('search index: bad document order')
    order.push(left.splice(rank, 1)[0])
  }
  return order
}

/**
 * Lists of characters, each in ascending order, as steps between code points (minus one): the
 * index's term list (`cjk`: the groups' first characters, then each group's second characters) and
 * its pinyin table (each syllable's characters). The first list has codes of its own: the term
 * list's first characters lie close together, the rest far apart.
 */
export function encodeCharLists(lists: readonly (readonly string[])[]): string {
  const w = new NumberWriter()
  w.put(0, lists.length)
  lists.forEach((chars, k) => {
    w.put(k ? 1 : 3, chars.length)
    let prev = -1
    for (const ch of chars) {
      const code = ch.charCodeAt(0)
      if (code <= prev) throw new Error('search index: characters out of order')
      w.put(k ? 2 : 4, code - prev - 1)
      prev = code
    }
  })
  return w.text()
}

export function decodeCharLists(text: string): string[][] {
  const r = new NumberReader(text)
  const lists: string[][] = []
  for (let n = r.get(0), k = 0; k < n; k++) {
    const chars: string[] = []
    let prev = -1
    for (let left = r.get(k ? 1 : 3); left > 0; left--) chars.push(String.fromCharCode((prev += r.get(k ? 2 : 4) + 1)))
    lists.push(chars)
  }
  return lists
}

/** Extra postings per term; `alone` marks a term no content uses (its list is left out of `post`). */
type Extra = Map<number, { docs: ArrayLike<number>; tfs: ArrayLike<number>; alone: boolean }>

/** Extra postings per term, decoded from `SearchIndexData.asked` (`encodeLearnt`). */
export function decodeExtra(text: string): Extra {
  const out: Extra = new Map()
  if (!text) return out
  const r = new NumberReader(text)
  const runs = r.get(LISTS)
  const total = r.get(LISTS)
  const docs = new Uint16Array(total)
  const tfs = new Uint16Array(total)
  let term = -1
  let k = 0
  for (let i = 0; i < runs; i++) {
    const step = r.get(TERM_STEP)
    term += (step >> 1) + 1
    const start = k
    k = readList(r, docs, tfs, k)
    out.set(term, { docs: docs.subarray(start, k), tfs: tfs.subarray(start, k), alone: (step & 1) === 1 })
  }
  if (k !== total) throw new Error('search index: fewer postings than announced')
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
