/**
 * `cli -- print guide --out DIR [--size A3|A4]` and `cli -- print posters --out DIR`: the
 * print-ready PDFs (guide map, posters) with QR codes to PUBLIC_BASE's short links.
 * Register with one line in scripts/cli.ts: `print: { usage, summary, load: () => import('./cli/print') }`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { guideMapPdf, POSTER_IDS, posterPdf } from '../../server/print/documents'
import { PrintFontMissing } from '../../server/print/fonts'
import { resolvePublicBase } from '../../server/print/settings'
import { UsageError } from './errors'

export const PRINT_USAGE = 'print guide --out DIR [--size A3|A4] | print posters --out DIR'

function options(args: string[]) {
  try {
    return parseArgs({ args, options: { out: { type: 'string' }, size: { type: 'string' } }, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError(`参数有误：${e instanceof Error ? e.message : String(e)}`, `bad arguments; usage: ${PRINT_USAGE}`)
  }
}

export interface PrintIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: NodeJS.ProcessEnv
}

function write(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return `${file}\t${(bytes.byteLength / 1024).toFixed(0)} KB`
}

export async function run(args: string[], ioOverride: Partial<PrintIo> = {}): Promise<number> {
  const io: PrintIo = { stdout: (t) => void process.stdout.write(t), stderr: (t) => void process.stderr.write(t), env: process.env, ...ioOverride }
  const { values, positionals } = options(args)
  const [what, ...extra] = positionals
  if ((what !== 'guide' && what !== 'posters') || extra.length) throw new UsageError(`用法：${PRINT_USAGE}`, `usage: ${PRINT_USAGE}`)
  if (!values.out) throw new UsageError('请用 --out 指定输出目录', '--out DIR is required')
  const size = (values.size ?? 'A3').toUpperCase()
  if (size !== 'A3' && size !== 'A4') throw new UsageError(`纸张「${values.size}」无效，只能是 A3 或 A4`, `--size must be A3 or A4`)
  if (what === 'posters' && values.size) throw new UsageError('海报固定为 A4，不接受 --size', 'posters are A4; --size is not accepted')
  const base = resolvePublicBase(io.env)
  if (!base.ok) throw new UsageError(base.message, 'set PUBLIC_BASE to the bureau\'s https address, e.g. PUBLIC_BASE=https://xf.example.gov.cn')
  fs.mkdirSync(values.out, { recursive: true })
  try {
    if (what === 'guide') {
      io.stdout(write(values.out, `guide-map-${size}.pdf`, await guideMapPdf(size, { base: base.base })) + '\n')
    } else {
      for (const id of POSTER_IDS) {
        const bytes = await posterPdf(id, { base: base.base })
        if (bytes) io.stdout(write(values.out, `poster-${id}.pdf`, bytes) + '\n')
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
