import { EXPLAINERS } from '../../../src/content/explainers'
import { FAQ_WITH_ANSWERS as FAQ } from '../../../src/content/faq-answers'
import { CHANNELS } from '../../../src/content/guide/channels'
import { guideExport } from '../../../src/content/guide/export'
import { PROCESS_STEPS } from '../../../src/content/guide/process'
import { INTERPRETATIONS } from '../../../src/content/interpretations'
import { CLIP_META, POSTER_META } from '../../../src/content/media'
import { channelRefs } from '../../../src/core/guide/engine'
import { STAGES } from '../../../src/content/deadline-stages'
import {
  citationLabel,
  citationProblem,
  resolveRef,
  citedArticles,
  formatRef,
  isCarried,
  LAW_NAMES,
  SUPPORTING_LAWS,
  uniqueRefs
} from '../../../src/core/law/citations'
import { chineseToNumber } from '../../../src/core/law/numerals'
import { clausesOf } from '../../../src/core/law/structure'
import type { ArticleRef } from '../../../src/core/law/types'
import { officialLookup, officialProblem, supportingTexts } from './official-texts'

/** Every citation the app shows, with where it is. */
function allCitations(): { where: string; ref: ArticleRef }[] {
  const out: { where: string; ref: ArticleRef }[] = []
  const add = (where: string, refs: readonly ArticleRef[]) => refs.forEach((ref) => out.push({ where, ref }))
  for (const e of FAQ) add(`faq ${e.id}`, e.refs)
  for (const chapter of EXPLAINERS) for (const card of chapter.cards) add(`explainer ${card.id}`, card.refs)
  for (const r of INTERPRETATIONS) add(`interpretation ${r.article}`, [{ law: r.law, article: r.article }, ...r.refs])
  for (const c of CHANNELS) add(`channel ${c.id}`, channelRefs(c))
  for (const s of PROCESS_STEPS) add(`process ${s.id}`, [...s.refs, ...s.explanation.flatMap((e) => e.refs)])
  for (const s of STAGES) {
    add(`stage ${s.key}`, s.refs)
    for (const p of s.periods) add(`stage ${s.key}/${p.key}`, [...p.refs, ...p.ifMissed.refs])
  }
  for (const m of [...CLIP_META, ...POSTER_META]) add(`media ${m.id}`, m.refs)
  return out
}

const SUPPORTING_NAMES = SUPPORTING_LAWS.map((l) => l.name).sort((a, b) => b.length - a.length)
/** 「民事诉讼法第二百一十六条」 written in a text: the law and article it names. */
const MENTION = new RegExp(`(${SUPPORTING_NAMES.join('|')})(?:》)?第([一二三四五六七八九十百零]+)条`, 'g')

function mentions(text: string): { law: string; article: number }[] {
  return [...text.matchAll(MENTION)].map((m) => ({ law: m[1], article: chineseToNumber(m[2]) }))
}

describe('the supporting texts in shared/reference/laws/supporting', () => {
  it('parse into their articles, numbered in sequence', () => {
    const texts = supportingTexts()
    expect([...texts.keys()].sort()).toEqual(SUPPORTING_LAWS.map((l) => l.name).sort())
    expect(texts.get('刑事诉讼法')!.size).toBe(308)
    expect(texts.get('民事诉讼法')!.size).toBe(306)
    expect(texts.get('反家庭暴力法')!.size).toBe(38)
    expect(texts.get('刑事诉讼法')!.get(112)!.join('')).toContain('控告人如果不服，可以申请复议')
    expect(texts.get('民事诉讼法')!.get(216)!.join('')).toContain('六个月内提出')
    expect(texts.get('民法典')!.get(203)!.join('')).toContain('法定休假日')
  })

  it('resolve 款 and 项 as the law counts them', () => {
    const text = (ref: ArticleRef) => citationProblem(ref, officialLookup) ?? officialLookup(ref.law, ref.article)!.paragraphs.join('')
    expect(citationProblem({ law: '行政诉讼法解释', article: 1, paragraph: 2, item: 9 }, officialLookup)).toBeNull()
    expect(text({ law: '行政诉讼法解释', article: 1 })).toContain('信访')
    expect(citationProblem({ law: '行政诉讼法解释', article: 1, paragraph: 2, item: 11 }, officialLookup)).not.toBeNull()
    expect(citationProblem({ law: '行政诉讼法解释', article: 1, item: 9 }, officialLookup)).not.toBeNull()
    expect(citationProblem({ law: '民事诉讼法', article: 307 }, officialLookup)).not.toBeNull()
    expect(citationProblem({ law: '劳动保障监察条例', article: 20, paragraph: 2 }, officialLookup)).toBeNull()
    expect(citationProblem({ law: '劳动保障监察条例', article: 20, paragraph: 3 }, officialLookup)).not.toBeNull()
    expect(officialProblem({ law: '治安管理处罚法' as ArticleRef['law'], article: 1 })).toMatch(/unknown law/)
  })
})

describe('every citation in the content', () => {
  const citations = allCitations()

  it('covers every kind of content and both carried and supporting laws', () => {
    const kinds = new Set(citations.map((c) => c.where.split(' ')[0]))
    expect([...kinds].sort()).toEqual(['channel', 'explainer', 'faq', 'interpretation', 'media', 'process', 'stage'])
    expect(citations.some((c) => !isCarried(c.ref))).toBe(true)
  })

  it('points at an existing article, 款 and 项 of the official text', () => {
    const problems = citations.map((c) => [c.where, officialProblem(c.ref)]).filter(([, p]) => p)
    expect(problems).toEqual([])
  })

  it('uses only the known law names', () => {
    const unknown = citations.filter((c) => !LAW_NAMES.includes(c.ref.law)).map((c) => `${c.where}: ${c.ref.law}`)
    expect(unknown).toEqual([])
  })

  it('cites every supporting-law article a text names (「民事诉讼法第二百一十六条」 is in the refs)', () => {
    const problems: string[] = []
    const check = (where: string, text: string, refs: readonly ArticleRef[]) => {
      for (const m of mentions(text)) {
        if (!refs.some((r) => r.law === m.law && r.article === m.article)) problems.push(`${where}: names ${m.law}第${m.article}条 without citing it`)
      }
    }
    for (const e of FAQ) check(e.id, `${e.question}${e.short}${e.answer}`, e.refs)
    for (const c of CHANNELS) {
      for (const item of [c.summary, c.handler, ...c.howToStart, ...c.prepare, ...c.limits, ...c.next, ...c.dont]) check(c.id, item.text, item.refs)
    }
    expect(problems).toEqual([])
  })
})

describe('the citation module', () => {
  it('names the law of every citation', () => {
    expect(formatRef({ law: '信访工作条例', article: 31, item: 2 })).toBe('《信访工作条例》第三十一条第二项')
    expect(formatRef({ law: '劳动争议调解仲裁法', article: 2 })).toBe('劳动争议调解仲裁法第二条')
    expect(formatRef({ law: '民事诉讼法', article: 216 })).toBe('民事诉讼法第二百一十六条')
    expect(formatRef({ law: '行政诉讼法解释', article: 1, paragraph: 2, item: 9 })).toBe('行政诉讼法解释第一条第二款第九项')
    expect(formatRef({ law: '信访工作条例', article: 36, paragraph: 3 }, { withLaw: false })).toBe('第三十六条第三款')
  })

  it('names the law on every citation of a list that mixes laws (or when asked), so none reads as its neighbour’s', () => {
    const mixed: ArticleRef[] = [{ law: '劳动争议调解仲裁法', article: 2 }, { law: '信访工作条例', article: 31, item: 2 }]
    expect(mixed.map((r) => citationLabel(r, mixed))).toEqual(['劳动争议调解仲裁法第二条', '《信访工作条例》第三十一条第二项'])
    const regulationOnly: ArticleRef[] = [{ law: '信访工作条例', article: 35 }]
    expect(citationLabel(regulationOnly[0], regulationOnly)).toBe('第三十五条')
    expect(citationLabel(regulationOnly[0], regulationOnly, { withLaw: true })).toBe('《信访工作条例》第三十五条')
    expect(citationLabel({ law: '民法典', article: 203 }, [], { withLaw: false })).toBe('民法典第二百零三条')
  })

  it('tells carried laws (links) from supporting laws (plain text)', () => {
    expect(isCarried({ law: '行政复议法' })).toBe(true)
    expect(isCarried({ law: '民法典' })).toBe(false)
  })

  it('removes exact repeats, and reduces to articles once each', () => {
    const refs: ArticleRef[] = [
      { law: '信访工作条例', article: 35, paragraph: 1 },
      { law: '信访工作条例', article: 35, paragraph: 1 },
      { law: '信访工作条例', article: 35, paragraph: 2 },
      { law: '民事诉讼法', article: 35 }
    ]
    expect(uniqueRefs(refs)).toHaveLength(3)
    expect(citedArticles(refs)).toEqual([
      { law: '信访工作条例', article: 35 },
      { law: '民事诉讼法', article: 35 }
    ])
  })

  it('gives the content export the supporting laws by their short names', () => {
    const laws = new Set(guideExport().channels.flatMap((c) => c.refs.map((r) => r.law)))
    expect(laws.has('民事诉讼法')).toBe(true)
    expect(laws.has('民法典')).toBe(true)
  })
})

describe('citations by 款 and 项', () => {
  it('groups item lines under their paragraph', () => {
    const article = officialLookup('信访工作条例', 22)!
    const paragraphs = clausesOf({ number: 22, paragraphs: article.paragraphs })
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0].items).toHaveLength(3)
    expect(paragraphs[1].text).toMatch(/^各级党委和政府信访部门对收到的涉法涉诉信件/)
  })

  it('resolves 第二十二条第二款, 第三十一条第六项 and 第三十六条第三款 to the right text', () => {
    expect(resolveRef({ law: '信访工作条例', article: 22, paragraph: 2 }, officialLookup)![0]).toMatch(/涉法涉诉/)
    expect(resolveRef({ law: '信访工作条例', article: 31, item: 6 }, officialLookup)![0]).toMatch(/^（六）不属于以上情形/)
    expect(resolveRef({ law: '信访工作条例', article: 36, paragraph: 3 }, officialLookup)![0]).toMatch(/不再受理/)
    expect(resolveRef({ law: '劳动争议调解仲裁法', article: 27, paragraph: 4 }, officialLookup)![0]).toMatch(/拖欠劳动报酬/)
    expect(resolveRef({ law: '行政复议法', article: 23, paragraph: 1, item: 4 }, officialLookup)![0]).toMatch(/政府信息公开/)
    expect(citationProblem({ law: '行政复议法', article: 23, paragraph: 2 }, officialLookup)).toBeNull()
    expect(citationProblem({ law: '行政复议法', article: 23, paragraph: 3 }, officialLookup)).not.toBeNull()
    expect(citationProblem({ law: '信访工作条例', article: 0 }, officialLookup)).not.toBeNull()
  })
})

