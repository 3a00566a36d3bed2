import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { articleCount, LAWS, lawById, lawFromParam, refProblem, XINFANG } from '../../../src/content/laws'
import { LAW_SOURCES } from '../../../src/content/laws/sources'
import { clausesOf } from '../../../src/core/law/structure'
import { articleLabel, chineseToNumber, numberToChinese } from '../../../src/core/law/numerals'
import { parseLawMarkdown } from '../../../src/core/law/parse-markdown'

// CI lays shared/ beside the clone; the reference is the official text the app must reproduce.
const REFERENCE = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'laws')
const normalise = (s: string) => s.replace(/[\s\u3000\u200b]+/g, '')

describe('《信访工作条例》 data', () => {
  test('has 6 chapters and 50 articles numbered 1..50 in order', () => {
    expect(XINFANG.chapters).toHaveLength(6)
    expect(articleCount(XINFANG)).toBe(50)
    const numbers = XINFANG.chapters.flatMap((c) => c.articles.map((a) => a.number))
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(XINFANG.chapters.map((c) => c.articles.length)).toEqual([6, 10, 10, 11, 10, 3])
  })

  test('chapter titles are those of the 2022 regulation', () => {
    expect(XINFANG.chapters.map((c) => c.title)).toEqual([
      '第一章 总则', '第二章 信访工作体制', '第三章 信访事项的提出和受理', '第四章 信访事项的办理', '第五章 监督和追责', '第六章 附则'
    ])
  })

  test('key articles carry the 2022 wording (not 2005 numbering)', () => {
    const text = (n: number) => XINFANG.chapters.flatMap((c) => c.articles).find((a) => a.number === n)!.paragraphs.join('')
    expect(text(17)).toContain('信息网络、书信、电话、传真、走访')
    expect(text(26)).toContain('围堵、冲击机关、单位')
    expect(text(34)).toContain('60日内办结')
    expect(text(35)).toContain('30日内请求原办理机关、单位的上一级机关、单位复查')
    expect(text(20)).toContain('代表人数不得超过5人')
  })

  test('paragraphs (款) group their items: 第三十一条 has 6 items, 第三十六条 has 3 款', () => {
    const find = (n: number) => XINFANG.chapters.flatMap((c) => c.articles).find((a) => a.number === n)!
    expect(clausesOf(find(31))[0].items).toHaveLength(6)
    expect(clausesOf(find(36))).toHaveLength(3)
    expect(refProblem({ law: '信访工作条例', article: 36, paragraph: 3 })).toBeNull()
    expect(refProblem({ law: '信访工作条例', article: 51 })).not.toBeNull()
    expect(refProblem({ law: '信访工作条例', article: 22, paragraph: 3 })).not.toBeNull()
    expect(refProblem({ law: '行政复议法', article: 23, paragraph: 1, item: 1 })).toBeNull()
    // 第二十三条 has two 款: an item without its 款 is ambiguous.
    expect(refProblem({ law: '行政复议法', article: 23, item: 1 })).not.toBeNull()
  })
})

describe('every law matches its official reference text', () => {
  const available = existsSync(REFERENCE)
  if (!available) console.warn(`reference comparison skipped: ${REFERENCE} not found (it sits beside the repository in CI)`)
  const maybe = available ? test : test.skip
  for (const source of LAW_SOURCES) {
    maybe(`${source.name}: each article equals the reference after normalising whitespace`, () => {
      const md = readFileSync(join(REFERENCE, source.file), 'utf8')
      // Independent of the importer: split the reference on article starts and compare bodies.
      const bodies = new Map<number, string>()
      const re = /^第([一二三四五六七八九十百零]+)条[\s\u3000]+/
      let current = 0
      for (const line of md.split(/\r?\n/)) {
        if (/^#|<!--/.test(line)) continue
        const m = re.exec(line.trim())
        if (m && chineseToNumber(m[1]) === current + 1) {
          current += 1
          bodies.set(current, line.trim().slice(m[0].length))
        } else if (current && line.trim()) {
          bodies.set(current, bodies.get(current)! + line)
        }
      }
      const law = lawById(source.id)!
      const ours = law.chapters.flatMap((c) => c.articles)
      expect(ours.length).toBe(bodies.size)
      for (const article of ours) expect(normalise(article.paragraphs.join(''))).toBe(normalise(bodies.get(article.number)!))
      // And the importer, run again, reproduces the committed JSON exactly.
      expect(parseLawMarkdown(md, source)).toEqual(law)
    })
  }
})

test('the law list is the 2022 regulation first, then the three related laws', () => {
  expect(LAWS.map((l) => l.name)).toEqual(['信访工作条例', '行政复议法', '行政诉讼法', '劳动争议调解仲裁法'])
})

test('Chinese numerals round-trip for every article number in use', () => {
  for (let n = 1; n <= 110; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n)
  expect(articleLabel(35)).toBe('第三十五条')
  expect(numberToChinese(103)).toBe('一百零三')
  expect(numberToChinese(10)).toBe('十')
  expect(chineseToNumber('两')).toBe(2)
  expect(chineseToNumber('abc')).toBeNaN()
})

describe('lawFromParam: the law a (possibly hand-written) link names', () => {
  it.each([
    ['xinfang-2022', 'xinfang-2022'],
    ['xinfang', 'xinfang-2022'],
    ['信访工作条例', 'xinfang-2022'],
    ['《信访工作条例》', 'xinfang-2022'],
    [encodeURIComponent('信访工作条例'), 'xinfang-2022'],
    ['行政复议法', 'xingzheng-fuyi-2023'],
    ['中华人民共和国行政诉讼法', 'xingzheng-susong-2017'],
    ['laodong-zhongcai', 'laodong-zhongcai-2007']
  ])('%s → %s', (param, id) => {
    expect(lawFromParam(param)?.id).toBe(id)
  })

  it.each([undefined, '', 'xinfang-2005', '信访条例', '%E4%BF'])('%s names no law', (param) => {
    expect(lawFromParam(param)).toBeUndefined()
  })
})
