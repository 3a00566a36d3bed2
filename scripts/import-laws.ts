/**
 * Converts the official texts in ../shared/reference/laws/*.md into the app's law data
 * (src/content/laws/*.json). Run once when a reference text changes; the output is committed,
 * because the app never reads shared/ at run time.
 *
 *   npx tsx scripts/import-laws.ts [REFERENCE_DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseLawMarkdown } from '../src/core/law/parse-markdown'
import { LAW_SOURCES } from '../src/content/laws/sources'

const refDir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'reference', 'laws'))
for (const source of LAW_SOURCES) {
  const law = parseLawMarkdown(readFileSync(join(refDir, source.file), 'utf8'), source)
  const out = join(__dirname, '..', 'src', 'content', 'laws', `${source.id}.json`)
  writeFileSync(out, JSON.stringify(law, null, 1) + '\n')
  const count = law.chapters.reduce((n, c) => n + c.articles.length, 0)
  console.log(`${source.id}: ${law.chapters.length} chapters, ${count} articles → ${out}`)
}
