/**
 * `cli -- print guide --out DIR [--size A3|A4]` and `cli -- print posters --out DIR`: the
 * print-ready PDFs (guide map, posters) with QR codes to PUBLIC_BASE's short links.
 * Register with one line in scripts/cli.ts: `print: { usage, summary, load: () => import('./cli/print') }`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { guideMapPdf, POSTER_IDS, posterPdf } from '../../server/print/documents'
import { PrintFontMissing } from '../../server/print/fonts'
import { resolvePublicBase } from '../../server/print/settings'
import { parseCommandArgs, processIo, UsageError, type CliIo } from './io'

export const PRINT_USAGE = 'print guide --out DIR [--size A3|A4] | print posters --out DIR'

const options = (args: string[]) => parseCommandArgs(args, { out: { type: 'string' }, size: { type: 'string' } })

function write(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return `${file}\t${(bytes.byteLength / 1024).toFixed(0)} KB`
}

/** Throws UsageError on a bad command line (scripts/cli.ts prints it and exits with 2). */
export async function run(args: string[], io: CliIo = processIo()): Promise<number> {
  const { values, positionals } = options(args)
  const [what, ...extra] = positionals
  if ((what !== 'guide' && what !== 'posters') || extra.length) throw new UsageError(`用法：${PRINT_USAGE}`, `usage: ${PRINT_USAGE}`)
  if (!values.out) throw new UsageError('请用 --out 指定输出目录', '--out DIR is required')
  const size = (values.size ?? 'A3').toUpperCase()
  if (size !== 'A3' && size !== 'A4') throw new UsageError(`纸张「${values.size}」无效，只能是 A3 或 A4`, `--size must be A3 or A4`)
  if (what === 'posters' && values.size) throw new UsageError('海报固定为 A4，不接受 --size', 'posters are A4; --size is not accepted')
  const base = resolvePublicBase(io.env)
  if (!base.ok) throw new UsageError(base.message, 'set PUBLIC_BASE to the bureau\'s https address, e.g. PUBLIC_BASE=https://xf.example.gov.cn')
  const out = path.resolve(io.cwd, values.out)
  fs.mkdirSync(out, { recursive: true })
  try {
    if (what === 'guide') {
      io.stdout(write(out, `guide-map-${size}.pdf`, await guideMapPdf(size, { base: base.base })) + '\n')
    } else {
      for (const id of POSTER_IDS) {
        const bytes = await posterPdf(id, { base: base.base })
        if (bytes) io.stdout(write(out, `poster-${id}.pdf`, bytes) + '\n')
      }
    }
  } catch (e) {
    if (e instanceof PrintFontMissing) {
      io.stderr(`错误：${e.message} / Error: Noto Sans CJK SC not found (apt-get install fonts-noto-cjk)\n`)
      return 1
    }
    throw e
  }
  return 0
}
