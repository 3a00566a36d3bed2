/** Q&A entries for the 问答 page and its detail page: lookups, topics, paragraphs, citations. */
import type { FaqEntry } from '../content/types'

/** Entries in the order of `ids`; unknown ids and repeats are skipped. */
export function pickByIds(entries: readonly FaqEntry[], ids: readonly string[]): FaqEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]))
  const seen = new Set<string>()
  const out: FaqEntry[] = []
  for (const id of ids) {
    const e = byId.get(id)
    if (e && !seen.has(id)) {
      seen.add(id)
      out.push(e)
    }
  }
  return out
}

/** The entries of one topic, in content order. */
export function entriesOfTopic(entries: readonly FaqEntry[], topic: string): FaqEntry[] {
  return entries.filter((e) => e.topic === topic)
}

/** How many entries each topic has (topics without entries count 0). */
export function topicCounts(entries: readonly FaqEntry[], topics: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const t of topics) counts[t] = 0
  for (const e of entries) if (e.topic in counts) counts[e.topic]++
  return counts
}

/** The fuller answer split into its paragraphs ('\n'), blank ones dropped. */
export function answerParagraphs(answer: string): string[] {
  return answer
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Related entries that exist, without the entry itself or repeats. */
export function relatedEntries(entry: FaqEntry, entries: readonly FaqEntry[]): FaqEntry[] {
  return pickByIds(entries, entry.related).filter((e) => e.id !== entry.id)
}

