import { chineseToNumber } from './numerals'
import type { CarriedLawName, Chapter, Law, LawId } from './types'

const ARTICLE_START = /^第([零〇一二两三四五六七八九十百千]+)条[\s\u3000]+(.*)$/

/**
 * Parses the reference Markdown format: `# title`, metadata lines, `<!-- INFO END -->`,
 * `## 第X章 …`, optional `### 第X节 …`, then one paragraph per line, an article starting 「第X条」.
 */
export function parseLawMarkdown(markdown: string, source: { id: LawId; name: CarriedLawName }): Law {
  // Zero-width spaces pad some blank lines in the source; they carry no text.
  const lines = markdown.split(/\r?\n/).map((l) => l.replace(/[\u200b\ufeff]/g, '').trim())
  const title = (lines.find((l) => l.startsWith('# ')) ?? '').slice(2).trim()
  const infoEnd = lines.indexOf('<!-- INFO END -->')
  const meta = lines.slice(1, infoEnd < 0 ? 1 : infoEnd).filter((l) => l && !l.startsWith('#'))
  const chapters: Chapter[] = []
  let expected = 1
  for (const line of lines.slice(infoEnd + 1)) {
    if (!line) continue
    if (line.startsWith('## ')) {
      chapters.push({ title: line.slice(3).replace(/\s+/g, ' ').trim(), articles: [] })
      continue
    }
    const chapter = chapters[chapters.length - 1]
    if (!chapter) throw new Error(`${source.id}: text before the first chapter: ${line.slice(0, 20)}`)
    if (line.startsWith('### ')) {
      ;(chapter.sections ??= []).push({ title: line.slice(4).trim(), firstArticle: expected })
      continue
    }
    const start = ARTICLE_START.exec(line)
    if (start && chineseToNumber(start[1]) === expected) {
      chapter.articles.push({ number: expected, paragraphs: [start[2].trim()] })
      expected += 1
      continue
    }
    const article = chapter.articles[chapter.articles.length - 1]
    if (!article) throw new Error(`${source.id}: paragraph outside an article: ${line.slice(0, 20)}`)
    article.paragraphs.push(line)
  }
  return { id: source.id, name: source.name, title, meta, chapters }
}
