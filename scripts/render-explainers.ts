/**
 * Renders the explainer illustrations: assets/explainers/svg/<id>.svg → assets/explainers/png/<id>.png
 * at 600×400, then shrinks each PNG with pngquant when it is installed.
 *
 *   npx tsx scripts/render-explainers.ts            render every SVG
 *   npx tsx scripts/render-explainers.ts ch4-review render only the named ids
 *
 * Needs `rsvg-convert` (Debian: apt-get install -y librsvg2-bin); `pngquant` (apt-get install -y pngquant)
 * is optional. The PNGs are committed, so a fresh clone needs neither tool.
 * Exits non-zero when a tool fails or a PNG is larger than the per-image budget.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const SVG_DIR = join(ROOT, 'assets/explainers/svg')
const PNG_DIR = join(ROOT, 'assets/explainers/png')
const WIDTH = 600
const HEIGHT = 400
/** Per-image budget; the whole WeChat main package is limited to 2 MB. */
const MAX_BYTES = 20 * 1024

function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function main(): void {
  if (!hasTool('rsvg-convert')) {
    console.error('rsvg-convert not found. Install it with: apt-get install -y librsvg2-bin')
    process.exit(2)
  }
  const quant = hasTool('pngquant')
  if (!quant) console.warn('pngquant not found (apt-get install -y pngquant): PNGs will not be compressed')

  const wanted = process.argv.slice(2)
  const all = readdirSync(SVG_DIR).filter((f) => f.endsWith('.svg')).map((f) => basename(f, '.svg')).sort()
  const unknown = wanted.filter((id) => !all.includes(id))
  if (unknown.length) {
    console.error(`no SVG for: ${unknown.join(', ')}`)
    process.exit(2)
  }
  const ids = wanted.length ? wanted : all
  mkdirSync(PNG_DIR, { recursive: true })

  let total = 0
  const tooBig: string[] = []
  for (const id of ids) {
    const svg = join(SVG_DIR, `${id}.svg`)
    const png = join(PNG_DIR, `${id}.png`)
    execFileSync('rsvg-convert', ['--width', String(WIDTH), '--height', String(HEIGHT), '--format', 'png', '--output', png, svg])
    if (quant) {
      // --skip-if-larger keeps the original when quantising would not help; exit code 98/99 means "kept".
      const r = spawnSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--speed', '1', '--quality', '65-95', '--output', png, png])
      if (r.status !== 0 && r.status !== 98 && r.status !== 99) {
        console.error(`pngquant failed on ${id}: ${r.stderr?.toString().trim()}`)
        process.exit(1)
      }
    }
    const size = statSync(png).size
    total += size
    if (size > MAX_BYTES) tooBig.push(`${id} (${(size / 1024).toFixed(1)} KB)`)
    console.log(`${id.padEnd(24)} ${(size / 1024).toFixed(1).padStart(6)} KB`)
  }

  // PNGs whose SVG source is gone would ship dead weight: remove them on a full run.
  if (!wanted.length) {
    for (const f of readdirSync(PNG_DIR).filter((f) => f.endsWith('.png'))) {
      if (!existsSync(join(SVG_DIR, `${basename(f, '.png')}.svg`))) {
        unlinkSync(join(PNG_DIR, f))
        console.log(`removed orphan ${f}`)
      }
    }
  }

  console.log(`${ids.length} PNGs, ${(total / 1024).toFixed(1)} KB in total${quant ? ' (pngquant)' : ''}`)
  if (tooBig.length) {
    console.error(`over the ${MAX_BYTES / 1024} KB budget: ${tooBig.join(', ')}`)
    process.exit(1)
  }
}

main()
