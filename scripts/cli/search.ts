/**
 * `search --json "<query>"` and `search --batch FILE --json`: the 问答 search from the command line.
 * Prints `{ "query", "results": [ { "id", "type", "title", "refs": [{ "law", "article" }], "score" } ] }`,
 * best first, at most 10; with --batch one such object per line of FILE (one query per line).
 * Wired into scripts/cli.ts as the `search` command.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { search } from '../../src/core/search/engine'
import { getSearchIndex } from '../../src/search/corpus'
import { command, parseCommandArgs, usage, type CliIo } from './io'

const USAGE_ZH = '用法：search --json "<查询>" 或 search --batch 文件 --json'
const USAGE_EN = 'usage: search --json "<query>" | search --batch FILE --json'

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

export const run = command(async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, batch: { type: 'string' } })
  if (!values.json) return usage(io, `缺少 --json。${USAGE_ZH}`, `missing --json. ${USAGE_EN}`)
  if (values.batch !== undefined) {
    if (positionals.length) return usage(io, `--batch 不能同时给出查询。${USAGE_ZH}`, `--batch takes no query argument. ${USAGE_EN}`)
    let text: string
    try {
      text = readFileSync(resolve(io.cwd, values.batch), 'utf8')
    } catch {
      return usage(io, `无法读取文件 ${values.batch}`, `cannot read file ${values.batch}`)
    }
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
    const out = lines.map((line) => JSON.stringify(searchJson(line.trim())))
    if (out.length) io.stdout(out.join('\n') + '\n')
    return 0
  }
  if (positionals.length !== 1) return usage(io, `需要一个查询。${USAGE_ZH}`, `expected exactly one query. ${USAGE_EN}`)
  const query = positionals[0]
  if (!query.trim()) return usage(io, `查询为空。${USAGE_ZH}`, `empty query. ${USAGE_EN}`)
  io.stdout(JSON.stringify(searchJson(query), null, 2) + '\n')
  return 0
})
