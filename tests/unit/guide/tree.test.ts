import * as fs from 'fs'
import * as path from 'path'
import { CHANNELS } from '../../../src/content/guide/channels'
import { guideExport } from '../../../src/content/guide/export'
import { PROCESS_STEPS } from '../../../src/content/guide/process'
import { GUIDE_TREE, guide } from '../../../src/content/guide/tree'
import { MAX_QUESTIONS, allPaths, channelRefs, createGuideEngine, validateTree } from '../../../src/core/guide/engine'
import { citationProblem } from '../../../src/core/law/citations'
import type { Cited } from '../../../src/core/guide/types'
import type { ArticleRef } from '../../../src/core/law/types'
import { STAGE_KEYS } from '../../../src/core/deadlines'
import { lookup } from './law-lookup'

const label = (r: ArticleRef) => `${r.law}${r.article}${r.paragraph ? `-${r.paragraph}` : ''}${r.item ? `(${r.item})` : ''}`

describe('the guide tree', () => {
  it('has no problems at all', () => {
    expect(validateTree(GUIDE_TREE, lookup)).toEqual([])
  })

  it('ends every path at a channel within 4 questions', () => {
    const paths = allPaths(GUIDE_TREE)
    expect(paths.length).toBeGreaterThan(10)
    const channelIds = new Set(GUIDE_TREE.channels.map((c) => c.id))
    for (const p of paths) {
      expect(channelIds.has(p.end)).toBe(true)
      expect(p.questions.length).toBeLessThanOrEqual(MAX_QUESTIONS)
    }
  })

  it('reaches every question and every channel', () => {
    const paths = allPaths(GUIDE_TREE)
    const asked = new Set(paths.flatMap((p) => p.questions))
    const ended = new Set(paths.map((p) => p.end))
    for (const n of GUIDE_TREE.nodes) expect(asked.has(n.id)).toBe(true)
    for (const c of GUIDE_TREE.channels) expect(ended.has(c.id)).toBe(true)
  })

  it('leads every option somewhere', () => {
    const ids = new Set([...GUIDE_TREE.nodes, ...GUIDE_TREE.channels].map((x) => x.id))
    for (const n of GUIDE_TREE.nodes) {
      expect(n.options.length).toBeGreaterThan(1)
      for (const o of n.options) expect(ids.has(o.next)).toBe(true)
    }
  })

  it('round-trips every path through the share code', () => {
    for (const p of allPaths(GUIDE_TREE)) {
      let state = guide.start()
      for (const a of p.answers) state = guide.answer(state, a)
      const code = guide.encodeAnswers(state)
      expect(code).toBe(p.answers.join('-'))
      const back = guide.decodeAnswers(code)
      expect(back.ok).toBe(true)
      if (back.ok) {
        expect(back.state.channel?.id).toBe(p.end)
        expect(guide.summary(back.state)).toEqual(guide.summary(state))
      }
    }
  })

  it('asks the first question in everyday words', () => {
    const first = guide.start().node!
    expect(first.question).toBe('您遇到的是哪类事？')
    const labels = first.options.map((o) => o.label)
    expect(labels).toContain('被罚款、被拆迁、证照被拒等，对政府部门的决定不服')
    expect(labels).toContain('单位拖欠工资、被辞退等劳动纠纷')
    expect(labels).toContain('举报公职人员违纪违法')
    expect(labels).toContain('邻里、家庭、合同等民间纠纷')
  })

  it('walks 「我被罚款了，不服」 to the 行政复议 card with its 60-day limit', () => {
    let s = guide.start()
    s = guide.answer(s, s.node!.options.findIndex((o) => o.label.startsWith('被罚款')))
    s = guide.answer(s, s.node!.options.findIndex((o) => o.label.startsWith('其他决定')))
    s = guide.answer(s, s.node!.options.findIndex((o) => o.label.includes('行政复议')))
    const card = guide.result(s)!
    expect(card.id).toBe('admin-reconsideration')
    const sixty = card.limits.find((l) => l.text.includes('60日内申请'))!
    expect(sixty.refs).toContainEqual({ law: '行政复议法', article: 20, paragraph: 1 })
    expect(guide.encodeAnswers(s)).toBe('0-5-0')
  })

  it('sends an on-the-spot fine straight to 行政复议 (must go first)', () => {
    const s = guide.decodeAnswers('0-0')
    expect(s.ok && s.state.channel?.id).toBe('admin-reconsideration')
  })
})

describe('channel cards', () => {
  const byId = (id: string) => CHANNELS.find((c) => c.id === id)!
  const cites = (id: string, ref: ArticleRef) => channelRefs(byId(id)).some((r) => label(r) === label(ref))

  it('cite only articles, paragraphs and items that exist', () => {
    for (const c of CHANNELS) for (const r of channelRefs(c)) expect([c.id, label(r), citationProblem(r, lookup)]).toEqual([c.id, label(r), null])
  })

  it('have the required channels with their key articles', () => {
    const x = (article: number, paragraph?: number, item?: number): ArticleRef => ({ law: '信访工作条例', article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) })
    expect(cites('litigation', x(20, 2))).toBe(true)
    expect(cites('litigation', x(28, 2))).toBe(true)
    expect(cites('litigation', x(31, undefined, 1))).toBe(true)
    expect(cites('labor-arbitration', { law: '劳动争议调解仲裁法', article: 5 })).toBe(true)
    expect(cites('labor-arbitration', { law: '劳动争议调解仲裁法', article: 27, paragraph: 1 })).toBe(true)
    expect(cites('labor-arbitration', { law: '劳动争议调解仲裁法', article: 27, paragraph: 4 })).toBe(true)
    expect(cites('admin-reconsideration', { law: '行政复议法', article: 20, paragraph: 1 })).toBe(true)
    expect(cites('admin-reconsideration', { law: '行政复议法', article: 23 })).toBe(true)
    for (const a of [44, 45, 46, 47]) expect(channelRefs(byId('admin-litigation')).some((r) => r.law === '行政诉讼法' && r.article === a)).toBe(true)
    expect(cites('discipline', x(22, 2))).toBe(true)
    expect(channelRefs(byId('discipline')).some((r) => r.law === '信访工作条例' && r.article === 30)).toBe(true)
    for (const a of [17, 18, 19, 20, 34]) expect(byId('petition').refs.some((r) => r.article === a)).toBe(true)
    expect(cites('petition', x(31, undefined, 6))).toBe(true)
    for (const id of ['mediation', 'civil-lawsuit', 'petition-suggestion', 'police', 'info-disclosure', 'labor-lawsuit']) expect(byId(id)).toBeDefined()
  })

  it('state the limits the issue names', () => {
    const limits = (id: string) => byId(id).limits.map((l) => l.text).join('\n')
    expect(limits('labor-arbitration')).toMatch(/1年/)
    expect(limits('labor-arbitration')).toMatch(/拖欠工资的，不受这1年的限制/)
    expect(limits('admin-reconsideration')).toMatch(/60日内申请/)
    expect(limits('admin-litigation')).toMatch(/6个月内/)
    expect(limits('admin-litigation')).toMatch(/15日内/)
    expect(limits('admin-litigation')).toMatch(/两个月/)
    expect(limits('petition')).toMatch(/60日内办结/)
    expect(limits('civil-lawsuit')).toMatch(/3年/)
  })

  it('fill every part of every card, and cite every limit and prohibition', () => {
    for (const c of CHANNELS) {
      expect([c.id, c.howToStart.length > 0, c.prepare.length > 0, c.limits.length > 0, c.next.length > 0, c.dont.length > 0]).toEqual([c.id, true, true, true, true, true])
      for (const item of [...c.limits, ...c.dont, c.summary]) expect([c.id, item.text, item.refs.length > 0]).toEqual([c.id, item.text, true])
    }
  })

  it('warn against what 第二十六条 and 第四十七条 forbid', () => {
    for (const c of CHANNELS) {
      const articles = c.dont.flatMap((d) => d.refs).filter((r) => r.law === '信访工作条例').map((r) => r.article)
      expect([c.id, articles.includes(26) || articles.includes(19), articles.includes(47)]).toEqual([c.id, true, true])
    }
  })

  it('give only real national hotlines, no invented numbers', () => {
    const allowed = new Set(['110', '12333', '12345', '12348', '12368', '12388'])
    const texts = CHANNELS.flatMap((c) => [c.summary, c.handler, ...c.howToStart, ...c.prepare, ...c.next] as Cited[]).map((t) => t.text)
    for (const t of texts) for (const n of t.match(/\d{3,}/g) ?? []) expect([n, allowed.has(n)]).toEqual([n, true])
  })
})

describe('process map', () => {
  it('runs 提出 → 登记、转送交办 → 受理告知 → 办理 → 答复 → 复查 → 复核 → 不再受理', () => {
    expect(PROCESS_STEPS.map((s) => s.title)).toEqual(['提出', '登记、转送交办', '受理告知', '办理', '答复', '复查', '复核', '不再受理'])
    expect(PROCESS_STEPS[PROCESS_STEPS.length - 1].final).toBe(true)
  })

  it('carries the durations and articles the regulation sets', () => {
    const step = (id: string) => PROCESS_STEPS.find((s) => s.id === id)!
    expect(step('register').durationLabel).toBe('15日内')
    expect(step('handle').durationLabel).toBe('60日，可延长30日')
    expect(step('review').durationLabel).toBe('申请30日内，答复30日内')
    expect(step('recheck').durationLabel).toBe('申请30日内，意见30日内')
    expect(step('submit').refs.map((r) => r.article)).toEqual([17, 18, 19, 20])
    expect(step('handle').refs.some((r) => r.article === 34)).toBe(true)
    expect(step('review').refs.some((r) => r.article === 35)).toBe(true)
    expect(step('final').refs).toEqual([{ law: '信访工作条例', article: 36, paragraph: 3 }])
  })

  it('cites only existing articles and links only real calculator stages', () => {
    for (const s of PROCESS_STEPS) {
      expect(s.short.length).toBeGreaterThan(0)
      expect(s.explanation.length).toBeGreaterThan(0)
      for (const r of [...s.refs, ...s.explanation.flatMap((e) => e.refs)]) expect([s.id, label(r), citationProblem(r, lookup)]).toEqual([s.id, label(r), null])
      if (s.stage) expect(STAGE_KEYS).toContain(s.stage)
    }
  })
})

describe('guide export', () => {
  it('lists questions and channel leaves with options, and channels with refs', () => {
    const out = guideExport()
    const q = out.nodes.find((n) => n.id === 'q-kind')!
    expect(q.question).toBe('您遇到的是哪类事？')
    expect(q.options[0]).toEqual({ label: expect.any(String), next: 'q-admin' })
    const leaf = out.nodes.find((n) => n.id === 'admin-reconsideration')!
    expect(leaf).toEqual({ id: 'admin-reconsideration', channel: '行政复议', options: [] })
    expect(out.channels).toHaveLength(CHANNELS.length)
    for (const c of out.channels) {
      expect(c.refs.length).toBeGreaterThan(0)
      expect(new Set(c.refs.map(label)).size).toBe(c.refs.length)
    }
    expect(JSON.parse(JSON.stringify(out))).toEqual(out)
  })

  it('re-validates when rebuilt from the export', () => {
    const out = guideExport()
    const engine = createGuideEngine(GUIDE_TREE)
    expect(out.nodes.filter((n) => n.question).length).toBe(engine.tree.nodes.length)
  })
})

describe('core stays portable', () => {
  it('imports neither Taro nor Intl', () => {
    const dirs = ['src/core/guide', 'src/core/deadlines', 'src/content/guide'].map((d) => path.join(__dirname, '../../..', d))
    const files = [...dirs.flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f))), path.join(__dirname, '../../../src/content/holidays.ts')]
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8')
      expect([f, /@tarojs/.test(text), /\bIntl\.|toLocale\w*\(/.test(text)]).toEqual([f, false, false])
    }
  })
})
