/**
 * The official texts every citation is checked against: the carried laws from the app's data
 * (itself compared word for word with shared/reference/laws by tests/unit/content/laws.test.ts) and
 * the supporting laws straight from shared/reference/laws/supporting/ (which CI lays beside the clone).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { carriedLookup } from '../../../src/content/laws'
import { SUPPORTING_SOURCES } from '../../../src/content/laws/supporting'
import { citationProblem, isLawName, type ArticleLookup } from '../../../src/core/law/citations'
import { chineseToNumber } from '../../../src/core/law/numerals'
import type { ArticleRef, SupportingLawName } from '../../../src/core/law/types'

export const SUPPORTING_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'laws', 'supporting')

// One source writes 「第一百二十八 条侦查人员…」: the label may hold a stray space and lack the one after it.
const ARTICLE_START = /^第([零〇一二两三四五六七八九十百千]+)[\s\u3000]*条[\s\u3000]*(.*)$/

/**
 * Articles of a reference Markdown file, each as its paragraphs (item lines separate, as the app
 * stores them). Headings (#…), the info block and a preamble before 第一条 are skipped; an article
 * starts only at the next number in sequence, so 「第X条」 quoted inside a paragraph is text.
 */
export function parseArticles(markdown: string): Map<number, string[]> {
  const lines = markdown.split(/\r?\n/).map((l) => l.replace(/[\u200b\ufeff]/g, '').trim())
  const infoEnd = lines.indexOf('<!-- INFO END -->')
  const articles = new Map<number, string[]>()
  let current = 0
  for (const raw of lines.slice(infoEnd + 1)) {
    // Some sources number items with half-width brackets, (一); the law data uses （一）.
    const line = raw.replace(/^\(([一二三四五六七八九十]+)\)/, '（$1）')
    if (!line || line.startsWith('#') || line.startsWith('<!--')) continue
    const start = ARTICLE_START.exec(line)
    if (start && chineseToNumber(start[1]) === current + 1) {
      current += 1
      articles.set(current, [start[2].trim()])
    } else if (current) {
      articles.get(current)!.push(line)
    }
  }
  return articles
}

let supporting: Map<SupportingLawName, Map<number, string[]>> | undefined

/** The supporting laws' articles (throws when shared/ is missing: CI always has it). */
export function supportingTexts(): Map<SupportingLawName, Map<number, string[]>> {
  if (!supporting) {
    if (!existsSync(SUPPORTING_DIR)) throw new Error(`${SUPPORTING_DIR} not found: shared/ must sit beside the repository`)
    supporting = new Map(SUPPORTING_SOURCES.map((s) => [s.name, parseArticles(readFileSync(join(SUPPORTING_DIR, s.file), 'utf8'))]))
  }
  return supporting
}

/** Every law the content may cite: carried ones from the app's data, supporting ones from shared/. */
export const officialLookup: ArticleLookup = (law, article) => {
  const carried = carriedLookup(law, article)
  if (carried) return carried
  const paragraphs = supportingTexts().get(law as SupportingLawName)?.get(article)
  return paragraphs ? { paragraphs } : undefined
}

/** Why a citation does not point at official text (unknown law, article, 款 or 项), or null. */
export function officialProblem(ref: ArticleRef): string | null {
  if (!isLawName(ref.law)) return `unknown law ${ref.law}`
  return citationProblem(ref, officialLookup)
}
