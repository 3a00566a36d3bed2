/**
 * A document order that keeps the index small: documents sharing words sit close together, so the
 * steps between the documents of a posting list are short and take fewer bits (recursive graph
 * bisection, after Dhulipala et al., "Compressing Graphs and Indexes with Recursive Graph
 * Bisection", KDD 2016). Build-time only (`scripts/order-search-docs.ts` writes the order the index
 * build then uses); the engine never imports it.
 */

/** Estimated bits of a term's steps when `count` of a part's `size` documents hold it. */
function stepBits(count: number, size: number): number {
  return count * Math.log2(size / (count + 1))
}

const MAX_ROUNDS = 20
const MIN_PART = 4

/**
 * The documents' positions (0 … n − 1) in an order where those sharing terms are near each other.
 * `terms`: per document, the distinct terms it holds (as numbers). Deterministic for given input.
 */
export function compactDocOrder(terms: readonly (readonly number[])[]): number[] {
  const termCount = terms.reduce((m, ts) => ts.reduce((k, t) => Math.max(k, t + 1), m), 0)
  const inA = new Int32Array(termCount)
  const inB = new Int32Array(termCount)
  const bisect = (part: number[]): number[] => {
    if (part.length < MIN_PART) return part
    let a = part.slice(0, part.length >> 1)
    let b = part.slice(part.length >> 1)
    for (let round = 0; round < MAX_ROUNDS; round++) {
      inA.fill(0)
      inB.fill(0)
      for (const d of a) for (const t of terms[d]) inA[t]++
      for (const d of b) for (const t of terms[d]) inB[t]++
      // What moving a document to the other side saves (positive: fewer bits).
      const gain = (d: number, from: Int32Array, to: Int32Array, fromSize: number, toSize: number) => {
        let g = 0
        for (const t of terms[d]) {
          g += stepBits(from[t], fromSize) + stepBits(to[t], toSize) - stepBits(from[t] - 1, fromSize) - stepBits(to[t] + 1, toSize)
        }
        return g
      }
      const byGain = (side: number[], from: Int32Array, to: Int32Array, fromSize: number, toSize: number) =>
        side.map((d) => [d, gain(d, from, to, fromSize, toSize)] as const).sort((x, y) => y[1] - x[1] || x[0] - y[0])
      const gainsA = byGain(a, inA, inB, a.length, b.length)
      const gainsB = byGain(b, inB, inA, b.length, a.length)
      const toB = new Set<number>()
      const toA = new Set<number>()
      for (let k = 0; k < Math.min(gainsA.length, gainsB.length) && gainsA[k][1] + gainsB[k][1] > 0; k++) {
        toB.add(gainsA[k][0])
        toA.add(gainsB[k][0])
      }
      if (!toB.size) break
      a = a.filter((d) => !toB.has(d)).concat([...toA])
      b = b.filter((d) => !toA.has(d)).concat([...toB])
    }
    return [...bisect(a), ...bisect(b)]
  }
  return bisect(terms.map((_, i) => i))
}
