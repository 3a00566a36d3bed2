/**
 * `search --json "<query>"` and `search --batch FILE --json`: the 问答 search from the command line.
 * Prints `{ "query", "results": [ { "id", "type", "title", "refs": [{ "law", "article" }], "score" } ] }`,
 * best first, at most 10; with --batch one such object per line of FILE (one query per line).
 * Wired into scripts/cli.ts as the `search` command.
 */
import { readFileSync } from 'node:fs'
import { search } from '../../src/core/search/engine'
import { getSearchIndex } from '../../src/search/corpus'

const USAGE =
  '用法：search --json "<查询>" 或 search --batch 文件 --json / usage: search --json "<query>" | search --batch FILE --json'

function fail(message: string): number {
  process.stderr.write(`${message}\n`)
  return 2
}

export function searchJson(query: string, limit = 10) {
  const results = search(getSearchIndex(), query, { limit, noSnippets: true }).map((r) => ({
    id: r.id,
    type: r.type,
    title: r.title,
    refs: r.refs.map((ref) => ({ law: ref.law, article: ref.article })),
    score: r.score,
  }))
  return { query, results }
}

export async function run(args: string[]): Promise<number> {
  let batch: string | undefined
  let json = false
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--json') json = true
    else if (a === '--batch') {
      const file = args[++i]
      if (file === undefined || file.startsWith('--')) return fail(`--batch 需要文件路径 / --batch needs a file path. ${USAGE}`)
      batch = file
    } else if (a.startsWith('--')) return fail(`未知选项 ${a} / unknown option ${a}. ${USAGE}`)
    else rest.push(a)
  }
  if (!json) return fail(`缺少 --json / missing --json. ${USAGE}`)
  if (batch !== undefined) {
    if (rest.length) return fail(`--batch 不能同时给出查询 / --batch takes no query argument. ${USAGE}`)
    let text: string
    try {
      text = readFileSync(batch, 'utf8')
    } catch {
      return fail(`无法读取文件 ${batch} / cannot read file ${batch}`)
    }
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
    const out = lines.map((line) => JSON.stringify(searchJson(line.trim())))
    if (out.length) process.stdout.write(out.join('\n') + '\n')
    return 0
  }
  if (rest.length !== 1) return fail(`需要一个查询 / expected exactly one query. ${USAGE}`)
  const query = rest[0]
  if (!query.trim()) return fail(`查询为空 / empty query. ${USAGE}`)
  process.stdout.write(JSON.stringify(searchJson(query), null, 2) + '\n')
  return 0
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => process.exit(code))
}
