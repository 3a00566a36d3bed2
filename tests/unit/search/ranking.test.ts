import { rank, analyzeQuery, search } from '../../../src/core/search/engine'
import { hitAt, index, top, xf } from './helpers'

describe('article numbers', () => {
  it.each([
    ['第35条', 'xinfang-2022/35'],
    ['三十五条', 'xinfang-2022/35'],
    ['第三十六条', 'xinfang-2022/36'],
    ['条例第20条 走访', 'xinfang-2022/20'],
    ['行政复议法第二十条', 'xingzheng-fuyi-2023/20'],
    ['行政诉讼法 第46条', 'xingzheng-susong-2017/46'],
    ['仲裁法第27条', 'laodong-zhongcai-2007/27'],
  ])('%s puts %s first', (query, id) => {
    expect(top(query)[0].id).toBe(id)
  })

  it('an article result cites itself', () => {
    const r = top('第35条')[0]
    expect(r.type).toBe('article')
    expect(r.title).toBe('信访工作条例 第三十五条')
    expect(r.refs).toEqual([{ law: '信访工作条例', article: 35 }])
  })
})

describe('ranking', () => {
  it.each([
    ['复查要多久', [xf(35)]],
    ['复核期限', [xf(36)]],
    ['走访最多几个人', [xf(20)]],
    ['信访受理了多久办完', [xf(34)]],
    ['拖欠工资找谁', [{ law: '劳动争议调解仲裁法' as const, article: 5 }, xf(31)]],
    ['罚款不服申请复议几天内', [{ law: '行政复议法' as const, article: 20 }]],
    ['举报干部会不会被打击报复', [xf(18), xf(46), xf(30)]],
    ['信访局门口拉横幅', [xf(26), xf(47)]],
  ])('%s', (query, accept) => {
    expect(hitAt(top(query), accept, 3)).toBe(true)
  })

  it('ranks best first with positive scores and respects the limit', () => {
    const results = search(index(), '信访', { limit: 5 })
    expect(results).toHaveLength(5)
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score)
    expect(results.every((r) => r.score > 0)).toBe(true)
  })

  it('returns nothing for an empty or meaningless query', () => {
    expect(search(index(), '')).toEqual([])
    expect(search(index(), '   ')).toEqual([])
    expect(search(index(), '？！。')).toEqual([])
    expect(search(index(), '的了吗')).toEqual([])
  })

  it('is deterministic and leaves no state behind between queries', () => {
    const a = search(index(), '复查不服')
    search(index(), '劳动仲裁')
    expect(search(index(), '复查不服')).toEqual(a)
    expect(rank(index(), analyzeQuery(index(), '复查不服'), 3).map(([d]) => d)).toEqual(
      a.slice(0, 3).map((r) => index().docs.findIndex((d) => d.id === r.id))
    )
  })

  it('answers every prefix while typing 复查要多久', () => {
    const q = '复查要多久'
    for (let i = 1; i <= q.length; i++) expect(() => search(index(), q.slice(0, i))).not.toThrow()
    expect(hitAt(search(index(), q), [xf(35)], 1)).toBe(true)
  })
})

describe('situations the guide map answers', () => {
  it.each([
    ['被打了', 'police'],
    ['有人打我', 'police']
  ])('%s offers the %s channel first', (query, id) => {
    expect(top(query)[0].id).toBe(id)
  })

  it('家暴 offers the domestic-violence card and answer (告诫书, 保护令) in the top 3', () => {
    const ids = top('家暴', 3).map((r) => r.id)
    expect(ids).toContain('domestic-violence')
    expect(ids).toContain('faq-domestic-violence')
  })
})
