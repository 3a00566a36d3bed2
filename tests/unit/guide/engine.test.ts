import { guide } from '../../../src/content/guide/tree'
import {
  GuideEngineError,
  MAX_QUESTIONS,
  allPaths,
  createGuideEngine,
  decodeAnswers,
  encodeAnswers,
  validateTree
} from '../../../src/core/guide/engine'
import type { GuideChannel, GuideTree } from '../../../src/core/guide/types'
import { lookup } from './law-lookup'

const channel = (id: string, extra: Partial<GuideChannel> = {}): GuideChannel => ({
  id,
  name: id,
  summary: { text: '说明', refs: [{ law: '信访工作条例', article: 17 }] },
  handler: { text: '机关', refs: [] },
  howToStart: [],
  prepare: [],
  limits: [{ text: '60日', refs: [{ law: '信访工作条例', article: 34 }] }],
  next: [],
  dont: [{ text: '不要', refs: [{ law: '信访工作条例', article: 26 }] }],
  refs: [{ law: '信访工作条例', article: 34 }],
  ...extra
})

/** q1 → (A | q2 → (B | C)) */
const small: GuideTree = {
  version: 1,
  start: 'q1',
  nodes: [
    { id: 'q1', question: '第一问', options: [{ label: '去A', next: 'A' }, { label: '再问', next: 'q2' }] },
    { id: 'q2', question: '第二问', options: [{ label: '去B', next: 'B' }, { label: '去C', next: 'C' }] }
  ],
  channels: [channel('A'), channel('B'), channel('C')]
}

describe('guide engine', () => {
  const engine = createGuideEngine(small)

  it('starts at the first question', () => {
    const s = engine.start()
    expect(s.node?.id).toBe('q1')
    expect(s.channel).toBeNull()
    expect(s.answers).toEqual([])
    // max is the longest path actually in the tree (never above MAX_QUESTIONS), not a promise of 4.
    const longest = Math.max(...allPaths(engine.tree).map((p) => p.questions.length))
    expect(longest).toBeLessThanOrEqual(MAX_QUESTIONS)
    expect(engine.progress(s)).toEqual({ step: 1, max: longest, done: false })
    expect(engine.canGoBack(s)).toBe(false)
  })

  it('answers, reaches a channel, summarises, goes back and restarts', () => {
    const s0 = engine.start()
    const s1 = engine.answer(s0, 1)
    expect(s1.node?.id).toBe('q2')
    expect(s0.answers).toEqual([]) // immutable
    const s2 = engine.answer(s1, 0)
    expect(s2.node).toBeNull()
    expect(engine.result(s2)?.id).toBe('B')
    expect(engine.progress(s2).done).toBe(true)
    expect(engine.summary(s2)).toEqual([
      { nodeId: 'q1', question: '第一问', answer: '再问' },
      { nodeId: 'q2', question: '第二问', answer: '去B' }
    ])
    const back = engine.back(s2)
    expect(back.node?.id).toBe('q2')
    expect(back.answers).toEqual([1])
    expect(engine.back(engine.back(back)).node?.id).toBe('q1')
    expect(engine.restart().answers).toEqual([])
  })

  it('rejects options that do not exist and answers after the end', () => {
    const s = engine.start()
    expect(() => engine.answer(s, 5)).toThrow(GuideEngineError)
    expect(() => engine.answer(s, -1)).toThrow(GuideEngineError)
    const done = engine.answer(s, 0)
    expect(() => engine.answer(done, 0)).toThrow(/没有下一个问题/)
  })

  it('encodes answers compactly and decodes them back', () => {
    const done = engine.answer(engine.answer(engine.start(), 1), 1)
    expect(encodeAnswers(done)).toBe('1-1')
    const r = decodeAnswers(small, '1-1')
    expect(r.ok && r.state.channel?.id).toBe('C')
    const partial = engine.decodeAnswers('1')
    expect(partial.ok && partial.state.node?.id).toBe('q2')
    const empty = engine.decodeAnswers('')
    expect(empty.ok && empty.state.node?.id).toBe('q1')
  })

  it('reports bad share paths instead of throwing', () => {
    for (const [text, code] of [
      ['abc', 'BAD_PATH'],
      ['1--1', 'BAD_PATH'],
      ['7', 'BAD_OPTION'],
      ['1-5', 'BAD_OPTION'],
      ['0-0', 'FINISHED'],
      ['0-0-0-0-0', 'BAD_PATH']
    ] as const) {
      const r = decodeAnswers(small, text)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe(code)
        expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
  })

  it('lists every path', () => {
    expect(allPaths(small).map((p) => [p.answers.join('-'), p.end])).toEqual([
      ['0', 'A'],
      ['1-0', 'B'],
      ['1-1', 'C']
    ])
  })
})

describe('validateTree', () => {
  it('accepts a sound tree', () => {
    expect(validateTree(small, lookup)).toEqual([])
  })

  const codes = (tree: GuideTree) => validateTree(tree, lookup).map((p) => `${p.code}@${p.at}`)

  it('finds dangling options and unreachable items', () => {
    const tree: GuideTree = {
      ...small,
      nodes: [small.nodes[0], { ...small.nodes[1], options: [{ label: '去哪', next: 'nowhere' }] }, { id: 'q9', question: '孤立', options: [{ label: 'x', next: 'A' }] }]
    }
    const found = codes(tree)
    expect(found).toContain('DANGLING_NEXT@q2')
    expect(found).toContain('UNREACHABLE@q9')
    expect(found).toContain('UNREACHABLE@B')
  })

  it('finds cycles, a missing start and options-less questions', () => {
    const tree: GuideTree = {
      ...small,
      nodes: [small.nodes[0], { id: 'q2', question: '绕圈', options: [{ label: '回去', next: 'q1' }, { label: 'B', next: 'B' }, { label: 'C', next: 'C' }] }]
    }
    expect(codes(tree)).toContain('CYCLE@q1')
    expect(codes({ ...small, start: 'q0' })).toContain('NO_START@q0')
    expect(codes({ ...small, nodes: [small.nodes[0], { id: 'q2', question: '空', options: [] }] })).toContain('NO_OPTIONS@q2')
  })

  it('finds paths longer than 4 questions', () => {
    const chain = ['q1', 'q2', 'q3', 'q4', 'q5'].map((id, i, all) => ({
      id,
      question: id,
      options: [{ label: '下一步', next: all[i + 1] ?? 'A' }]
    }))
    expect(codes({ version: 1, start: 'q1', nodes: chain, channels: [channel('A')] })).toContain('TOO_DEEP@q1')
    expect(codes({ version: 1, start: 'q2', nodes: chain.slice(1), channels: [channel('A')] })).not.toContain('TOO_DEEP@q2')
  })

  it('finds citations that do not exist, down to paragraph and item', () => {
    const bad = (ref: object) => ({ ...small, channels: [channel('A', { refs: [ref as never] }), channel('B'), channel('C')] })
    expect(codes(bad({ law: '信访工作条例', article: 99 }))).toContain('MISSING_REF@A')
    expect(codes(bad({ law: '信访工作条例', article: 36, paragraph: 4 }))).toContain('MISSING_REF@A')
    expect(codes(bad({ law: '信访工作条例', article: 31, item: 7 }))).toContain('MISSING_REF@A')
    expect(codes(bad({ law: '民法典', article: 205 }))).toContain('MISSING_REF@A')
    expect(codes(bad({ law: '宪法', article: 41 }))).toContain('MISSING_REF@A')
    expect(codes(bad({ law: '民法典', article: 188, paragraph: 1 }))).toEqual([])
    expect(codes(bad({ law: '信访工作条例', article: 31, item: 6 }))).toEqual([])
    // 第三十一条 has one 款: 「第三十一条第一款第六项」 is not how Chinese law is cited.
    expect(codes(bad({ law: '信访工作条例', article: 31, paragraph: 1, item: 6 }))).toContain('MISSING_REF@A')
  })

  it('finds uncited time limits and duplicate ids', () => {
    const uncited = { ...small, channels: [channel('A', { limits: [{ text: '三年', refs: [] }] }), channel('B'), channel('C')] }
    expect(codes(uncited)).toContain('UNCITED@A')
    const supporting = { ...small, channels: [channel('A', { limits: [{ text: '三年', refs: [{ law: '民法典', article: 188, paragraph: 1 }] }] }), channel('B'), channel('C')] }
    expect(codes(supporting)).toEqual([])
    expect(codes({ ...small, channels: [...small.channels, channel('A')] })).toContain('DUPLICATE_ID@A')
  })
})

describe('opening a channel directly (from a search result)', () => {
  it('reaches every channel by its shortest path, and nothing for an unknown id', () => {
    for (const channel of guide.tree.channels) {
      const state = guide.stateFor(channel.id)
      expect(state?.channel?.id).toBe(channel.id)
      expect(state!.answers.length).toBeLessThanOrEqual(4)
    }
    expect(guide.stateFor('no-such-channel')).toBeNull()
  })
})
