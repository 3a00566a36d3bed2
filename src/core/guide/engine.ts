import type { ArticleRef } from '../law/types'
import { citationProblem, formatRef } from '../law/citations'
import type {
  Cited,
  DecodeResult,
  GuideChannel,
  GuideError,
  GuideNode,
  GuideState,
  GuideSummaryItem,
  GuideTree,
  LawLookup,
  TreeProblem
} from './types'

/** Every path from the first question to a channel asks at most this many questions. */
export const MAX_QUESTIONS = 4

export class GuideEngineError extends Error {
  constructor(
    readonly code: GuideError['code'],
    message: string
  ) {
    super(message)
    this.name = 'GuideEngineError'
  }
}

function indexTree(tree: GuideTree) {
  const nodes = new Map<string, GuideNode>()
  const channels = new Map<string, GuideChannel>()
  for (const n of tree.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n)
  for (const c of tree.channels) if (!channels.has(c.id)) channels.set(c.id, c)
  return { nodes, channels }
}

type TreeIndex = ReturnType<typeof indexTree>

function stateAt(index: TreeIndex, answers: number[], path: string[], target: string): GuideState {
  const node = index.nodes.get(target)
  if (node) return { answers, path: [...path, node.id], node, channel: null }
  const channel = index.channels.get(target)
  if (channel) return { answers, path, node: null, channel }
  throw new GuideEngineError('BAD_PATH', `引导图数据有误：找不到「${target}」。`)
}

/** Replays answers from the first question. Never throws: a bad path comes back as an error. */
function replay(tree: GuideTree, index: TreeIndex, answers: number[]): DecodeResult {
  let state: GuideState
  try {
    state = stateAt(index, [], [], tree.start)
    for (const choice of answers) {
      if (!state.node) {
        return { ok: false, error: { code: 'FINISHED', message: '这条分享链接的回答比问题多，可能已经过期，请重新回答。' } }
      }
      const option = state.node.options[choice]
      if (!Number.isInteger(choice) || !option) {
        return { ok: false, error: { code: 'BAD_OPTION', message: '这条分享链接里的回答与现在的问题对不上，可能已经过期，请重新回答。' } }
      }
      state = stateAt(index, [...state.answers, choice], state.path, option.next)
    }
  } catch (e) {
    if (e instanceof GuideEngineError) return { ok: false, error: { code: e.code, message: e.message } }
    throw e
  }
  return { ok: true, state }
}

/** 「0-2-1」: the option index chosen at each question, for a share path (`?a=0-2-1`). */
export function encodeAnswers(state: Pick<GuideState, 'answers'>): string {
  return state.answers.join('-')
}

/** Parses a share path back into a state (the empty string is the first question). */
export function decodeAnswers(tree: GuideTree, text: string): DecodeResult {
  const trimmed = (text ?? '').trim()
  if (trimmed === '') return replay(tree, indexTree(tree), [])
  if (!/^\d{1,2}(-\d{1,2})*$/.test(trimmed)) {
    return { ok: false, error: { code: 'BAD_PATH', message: '分享链接的格式不对，请从头回答。' } }
  }
  const answers = trimmed.split('-').map(Number)
  if (answers.length > MAX_QUESTIONS) {
    return { ok: false, error: { code: 'BAD_PATH', message: '分享链接的回答太多，可能已经过期，请从头回答。' } }
  }
  return replay(tree, indexTree(tree), answers)
}

export interface GuideEngine {
  readonly tree: GuideTree
  /** The first question. */
  start(): GuideState
  /** Chooses option `optionIndex` of the open question; throws GuideEngineError when there is none. */
  answer(state: GuideState, optionIndex: number): GuideState
  /** One question back (the first question stays where it is). */
  back(state: GuideState): GuideState
  /** Same as start(): all answers dropped. */
  restart(): GuideState
  /** The questions answered so far with the answers given, in order. */
  summary(state: GuideState): GuideSummaryItem[]
  /** The channel reached, or null while questions remain. */
  result(state: GuideState): GuideChannel | null
  /** 1-based number of the open question (answers given + 1), and the most any path asks. */
  progress(state: GuideState): { step: number; max: number; done: boolean }
  canGoBack(state: GuideState): boolean
  encodeAnswers(state: GuideState): string
  decodeAnswers(text: string): DecodeResult
  node(id: string): GuideNode | undefined
  channel(id: string): GuideChannel | undefined
  /** The state at a channel by the fewest answers (a search result opening the guide), or null. */
  stateFor(channelId: string): GuideState | null
}

/** Binds the engine to one tree. Every method is pure: states are never mutated. */
export function createGuideEngine(tree: GuideTree): GuideEngine {
  const index = indexTree(tree)
  const fromAnswers = (answers: number[]): GuideState => {
    const r = replay(tree, index, answers)
    if (!r.ok) throw new GuideEngineError(r.error.code, r.error.message)
    return r.state
  }
  const start = () => fromAnswers([])
  // The most questions any path asks (≤ MAX_QUESTIONS, which validateTree enforces): the progress
  // bar should not promise a 4th step no path has.
  const deepest = Math.max(1, ...allPaths(tree).map((p) => p.questions.length))
  return {
    tree,
    start,
    restart: start,
    answer(state, optionIndex) {
      if (!state.node) throw new GuideEngineError('FINISHED', '已经找到办理渠道，没有下一个问题了。')
      const option = state.node.options[optionIndex]
      if (!Number.isInteger(optionIndex) || !option) {
        throw new GuideEngineError('BAD_OPTION', `没有第 ${optionIndex + 1} 个选项。`)
      }
      return stateAt(index, [...state.answers, optionIndex], state.path, option.next)
    },
    back(state) {
      return fromAnswers(state.answers.slice(0, -1))
    },
    summary(state) {
      return state.answers.map((choice, i) => {
        const node = index.nodes.get(state.path[i])
        if (!node || !node.options[choice]) throw new GuideEngineError('BAD_PATH', '回答记录与引导图不一致。')
        return { nodeId: node.id, question: node.question, answer: node.options[choice].label }
      })
    },
    result: (state) => state.channel,
    progress: (state) => ({ step: state.answers.length + (state.node ? 1 : 0), max: Math.min(deepest, MAX_QUESTIONS), done: !state.node }),
    canGoBack: (state) => state.answers.length > 0,
    encodeAnswers,
    decodeAnswers: (text) => decodeAnswers(tree, text),
    node: (id) => index.nodes.get(id),
    channel: (id) => index.channels.get(id),
    stateFor(channelId) {
      const paths = allPaths(tree).filter((p) => p.end === channelId)
      if (!paths.length) return null
      return fromAnswers(paths.reduce((best, p) => (p.answers.length < best.answers.length ? p : best)).answers)
    }
  }
}

/** Every citation on a channel card (summary, handler, lists and the card's own refs). */
export function channelRefs(channel: GuideChannel): ArticleRef[] {
  const cited: Cited[] = [
    channel.summary,
    channel.handler,
    ...channel.howToStart,
    ...channel.prepare,
    ...channel.limits,
    ...channel.next,
    ...channel.dont
  ]
  return [...channel.refs, ...cited.flatMap((c) => c.refs)]
}

// ---------------------------------------------------------------------------------------------
// Validation

/**
 * Checks a tree: start exists, ids unique, every option leads to a question or a channel, every
 * question and channel is reachable, no cycles, no path asks more than MAX_QUESTIONS questions,
 * every citation exists in the law data, and every time limit and prohibition is cited.
 * Returns the problems found (empty when the tree is sound).
 */
export function validateTree(tree: GuideTree, lookup: LawLookup): TreeProblem[] {
  const problems: TreeProblem[] = []
  const seen = new Set<string>()
  for (const item of [...tree.nodes, ...tree.channels]) {
    if (seen.has(item.id)) problems.push({ code: 'DUPLICATE_ID', at: item.id, message: `id「${item.id}」重复` })
    seen.add(item.id)
  }
  const index = indexTree(tree)
  if (!index.nodes.has(tree.start)) {
    problems.push({ code: 'NO_START', at: tree.start, message: `第一个问题「${tree.start}」不存在` })
  }

  for (const node of tree.nodes) {
    if (!node.question.trim()) problems.push({ code: 'EMPTY_TEXT', at: node.id, message: '问题为空' })
    if (node.options.length === 0) problems.push({ code: 'NO_OPTIONS', at: node.id, message: '问题没有选项' })
    node.options.forEach((o, i) => {
      if (!o.label.trim()) problems.push({ code: 'EMPTY_TEXT', at: node.id, message: `第 ${i + 1} 个选项为空` })
      if (!index.nodes.has(o.next) && !index.channels.has(o.next)) {
        problems.push({ code: 'DANGLING_NEXT', at: node.id, message: `选项「${o.label}」指向不存在的「${o.next}」` })
      }
    })
  }

  // Reachability, cycles and depth (in questions) by depth-first search from the start.
  const reached = new Set<string>()
  const onStack = new Set<string>()
  const depthMemo = new Map<string, number>()
  const reportedCycle = new Set<string>()
  const visit = (id: string): number => {
    reached.add(id)
    const node = index.nodes.get(id)
    if (!node) return 0
    if (onStack.has(id)) {
      if (!reportedCycle.has(id)) {
        reportedCycle.add(id)
        problems.push({ code: 'CYCLE', at: id, message: `问题「${id}」可以绕回自己` })
      }
      return 0
    }
    const memo = depthMemo.get(id)
    if (memo !== undefined) return memo
    onStack.add(id)
    let deepest = 0
    for (const o of node.options) {
      if (index.nodes.has(o.next) || index.channels.has(o.next)) deepest = Math.max(deepest, visit(o.next))
    }
    onStack.delete(id)
    depthMemo.set(id, deepest + 1)
    return deepest + 1
  }
  if (index.nodes.has(tree.start)) {
    const depth = visit(tree.start)
    if (depth > MAX_QUESTIONS) {
      problems.push({ code: 'TOO_DEEP', at: tree.start, message: `最长的一条路要回答 ${depth} 个问题，超过 ${MAX_QUESTIONS} 个` })
    }
  }
  for (const item of [...tree.nodes, ...tree.channels]) {
    if (!reached.has(item.id)) problems.push({ code: 'UNREACHABLE', at: item.id, message: `「${item.id}」从第一个问题走不到` })
  }

  for (const channel of tree.channels) {
    const texts: [string, Cited][] = [
      ['summary', channel.summary],
      ['handler', channel.handler],
      ...channel.howToStart.map((c): [string, Cited] => ['howToStart', c]),
      ...channel.prepare.map((c): [string, Cited] => ['prepare', c]),
      ...channel.limits.map((c): [string, Cited] => ['limits', c]),
      ...channel.next.map((c): [string, Cited] => ['next', c]),
      ...channel.dont.map((c): [string, Cited] => ['dont', c])
    ]
    if (!channel.name.trim()) problems.push({ code: 'EMPTY_TEXT', at: channel.id, message: '渠道名称为空' })
    for (const [field, cited] of texts) {
      if (!cited.text.trim()) problems.push({ code: 'EMPTY_TEXT', at: channel.id, message: `${field} 有空文字` })
      if ((field === 'limits' || field === 'dont' || field === 'summary') && cited.refs.length === 0) {
        problems.push({ code: 'UNCITED', at: channel.id, message: `${field}「${cited.text.slice(0, 16)}…」没有标注依据` })
      }
    }
    if (channel.refs.length === 0) problems.push({ code: 'UNCITED', at: channel.id, message: '渠道没有主要依据' })
    for (const ref of channelRefs(channel)) {
      const problem = citationProblem(ref, lookup)
      if (problem) problems.push({ code: 'MISSING_REF', at: channel.id, message: `引用的${formatRef(ref)}在条文里不存在（${problem}）` })
    }
    for (const id of channel.related ?? []) {
      if (!index.channels.has(id)) problems.push({ code: 'DANGLING_NEXT', at: channel.id, message: `相关渠道「${id}」不存在` })
    }
  }
  return problems
}

/** Every path from the start as the list of option indexes taken, with where it ends. */
export function allPaths(tree: GuideTree): { answers: number[]; questions: string[]; end: string }[] {
  const index = indexTree(tree)
  const out: { answers: number[]; questions: string[]; end: string }[] = []
  const walk = (id: string, answers: number[], questions: string[]) => {
    const node = index.nodes.get(id)
    if (!node || questions.includes(id) || questions.length > MAX_QUESTIONS) {
      out.push({ answers, questions, end: id })
      return
    }
    node.options.forEach((o, i) => walk(o.next, [...answers, i], [...questions, id]))
  }
  walk(tree.start, [], [])
  return out
}
