/**
 * Recent searches on the 问答 page: a short list, newest first, without duplicates.
 * Pure list maths; src/services/search.ts stores the list.
 */

/** How many recent searches are kept. */
export const RECENT_MAX = 8
/** Longer queries are kept cut to this many characters (a chip must stay readable). */
export const RECENT_QUERY_MAX_LENGTH = 40

/** The form a query is remembered in: trimmed, inner whitespace collapsed, cut to a sane length. */
export function normalizeRecentQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, RECENT_QUERY_MAX_LENGTH)
}

/**
 * The list after `query` was searched: it moves (or is added) to the front, its older copies
 * are removed, and the list is cut to `max`. Empty queries leave the list unchanged.
 * Never mutates `list`; also cleans a stored list that is not quite right (non-strings, blanks).
 */
export function addRecentSearch(list: readonly unknown[], query: string, max = RECENT_MAX): string[] {
  const clean = sanitizeRecent(list, Number.POSITIVE_INFINITY)
  const q = normalizeRecentQuery(query)
  if (!q) return clean.slice(0, Math.max(0, max))
  return [q, ...clean.filter((item) => item !== q)].slice(0, Math.max(0, max))
}

/** A stored value read back as a list of distinct, non-empty queries (newest first). */
export function sanitizeRecent(value: unknown, max = RECENT_MAX): string[] {
  if (!Array.isArray(value)) return []
  const out: string[] = []
  for (const item of value) {
    if (typeof item !== 'string') continue
    const q = normalizeRecentQuery(item)
    if (q && !out.includes(q)) out.push(q)
    if (out.length >= max) break
  }
  return out
}
