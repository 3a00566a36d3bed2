import { channelRefs } from '../../core/guide/engine'
import type { Cited, GuideChannel } from '../../core/guide/types'
import { uniqueRefs } from '../../core/law/citations'
import type { ArticleRef } from '../../core/law/types'
import { GUIDE_TREE } from './tree'

export interface GuideExportNode {
  id: string
  /** Set on question nodes. */
  question?: string
  hint?: string
  /** Set on channel (leaf) nodes: the channel's name. */
  channel?: string
  options: { label: string; next: string }[]
}

export interface GuideExportChannel {
  id: string
  name: string
  /** Every article the card cites (main refs first), each once. */
  refs: ArticleRef[]
  summary: Cited
  handler: Cited
  howToStart: Cited[]
  prepare: Cited[]
  limits: Cited[]
  next: Cited[]
  dont: Cited[]
  related: string[]
}

export interface GuideExport {
  version: number
  start: string
  nodes: GuideExportNode[]
  channels: GuideExportChannel[]
}

function exportChannel(c: GuideChannel): GuideExportChannel {
  return {
    id: c.id,
    name: c.name,
    refs: uniqueRefs(channelRefs(c)),
    summary: c.summary,
    handler: c.handler,
    howToStart: c.howToStart,
    prepare: c.prepare,
    limits: c.limits,
    next: c.next,
    dont: c.dont,
    related: c.related ?? []
  }
}

/**
 * `content export guide`: the tree as nodes (questions with options, then channels as leaf nodes
 * with `channel` and no options) and the channels with their refs. Plain JSON-safe data.
 */
export function guideExport(): GuideExport {
  const questions: GuideExportNode[] = GUIDE_TREE.nodes.map((n) => {
    const node: GuideExportNode = { id: n.id, question: n.question, options: n.options.map((o) => ({ label: o.label, next: o.next })) }
    if (n.hint) node.hint = n.hint
    return node
  })
  const leaves: GuideExportNode[] = GUIDE_TREE.channels.map((c) => ({ id: c.id, channel: c.name, options: [] }))
  return {
    version: GUIDE_TREE.version,
    start: GUIDE_TREE.start,
    nodes: [...questions, ...leaves],
    channels: GUIDE_TREE.channels.map(exportChannel)
  }
}
