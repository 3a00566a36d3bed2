/**
 * The home page's own small data: `npx tsx scripts/build-home-data.ts` writes
 * src/content/generated/home.json (the hot questions' ids and wording), so the home page shows
 * them without loading the whole Q&A (about 130 KB); the Q&A pages load that with themselves.
 * `--check` exits 1 when the committed file is out of date (a unit test runs the same check).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hotQuestions } from '../src/content/hot-questions'
import type { HomeData } from '../src/content/home'

export const HOME_DATA_PATH = join(__dirname, '..', 'src', 'content', 'generated', 'home.json')

export function buildHomeData(): HomeData {
  return { hotQuestions: hotQuestions().map((e) => ({ id: e.id, question: e.question })) }
}

export function serializeHomeData(data: HomeData): string {
  return JSON.stringify(data, null, 2) + '\n'
}

function main() {
  const json = serializeHomeData(buildHomeData())
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(HOME_DATA_PATH, 'utf8')
    } catch {
      /* missing */
    }
    if (current !== json) {
      console.error('home.json 已过期，请运行 npx tsx scripts/build-home-data.ts / home data is out of date')
      process.exit(1)
    }
    console.log('home.json is up to date')
    return
  }
  writeFileSync(HOME_DATA_PATH, json)
  console.log(`wrote ${HOME_DATA_PATH}`)
}

if (require.main === module) main()
