import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chineseToNumber } from '../../../src/core/law/numerals'
import { currentArticlesFor2005, XINFANG_2005_TO_2022 } from '../../../src/content/laws/concordance-2005'
import { findArticle, XINFANG } from '../../../src/content/laws'

// CI lays shared/ beside the clone; the 2005 text is only read here, never by the app.
const OLD_TEXT = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'laws', 'xinfang-tiaoli-2005.md')

function oldArticles(): Map<number, string> {
  const out = new Map<number, string>()
  let current = 0
  for (const line of readFileSync(OLD_TEXT, 'utf8').split(/\r?\n/)) {
    const m = /^第([一二三四五六七八九十百零]+)条/.exec(line)
    if (m) current = chineseToNumber(m[1])
    if (current && !/^#/.test(line)) out.set(current, (out.get(current) ?? '') + line)
  }
  return out
}

const newText = (n: number) => findArticle(XINFANG, n)!.paragraphs.join('')

describe('2005 《信访条例》 → 2022 《信访工作条例》 concordance', () => {
  it('maps every 2005 article once, in order, to 2022 articles that exist', () => {
    expect(XINFANG_2005_TO_2022.map((c) => c.old)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1))
    for (const c of XINFANG_2005_TO_2022) {
      expect(c.current.length).toBeGreaterThan(0)
      for (const n of c.current) expect(findArticle(XINFANG, n)).toBeDefined()
    }
    expect(currentArticlesFor2005(52)).toBeUndefined()
  })

  // Pairs checked by hand: the same rule, in words both texts use.
  const available = existsSync(OLD_TEXT)
  const maybe = available ? it.each : it.skip.each
  maybe([
    [20, 26, '携带危险物品、管制器具'],
    [18, 20, '代表人数不得超过5人'],
    [33, 34, '60日内办结'],
    [34, 35, '请求原办理'],
    [35, 36, '复核'],
    [23, 30, '透露或者转给被检举、揭发的人员或者单位'],
    [24, 24, '协商受理'],
    [30, 28, '直接利害关系的，应当回避'],
    [50, 48, '外国人、无国籍人、外国组织'],
    [17, 19, '住址和请求、事实、理由'],
    [19, 19, '不得捏造、歪曲事实，不得诬告、陷害他人'],
    [16, 20, '本级或者上一级'],
    [28, 28, '恪尽职守、秉公办事'],
    [32, 32, '请求事由合理但缺乏法律依据'],
  ] as [number, number, string][])('2005 第%i条 → 2022 第%i条 (%s)', (old, now, words) => {
    expect(oldArticles().get(old)).toContain(words)
    expect(newText(now)).toContain(words)
    expect(currentArticlesFor2005(old)!.current[0]).toBe(now)
  })
})
