/**
 * H5 home page on a mid-range phone over 4G (scripts/h5/phone-load.ts: 150 ms RTT, 1.6 Mbps
 * down, 750 kbps up, 4x CPU slowdown), served by the real server from dist/h5: a first visit as
 * the browser really asks (brotli), the same build fetched uncompressed (what the precompressed
 * copies save), and a returning visit (what the immutable caching saves). The median of a few
 * runs each, beside the figures of the build before this work.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { launchChromium } from '../chromium'
import { measureHomeLoad, PHONE_PROFILE, type HomeLoad, type MeasureOptions } from '../h5/phone-load'
import { spawnServer } from '../spawn-server'

const ROOT = path.resolve(__dirname, '..', '..')
const RUNS = 3

/**
 * The build before the H5 speed work (commit b7edbc5: no compression, no code splitting beyond
 * Taro's default), measured with this same script on the 2-core build machine on 2026-11-30.
 */
export const BEFORE = { visibleMs: [7378, 8279], transferredKB: [1106, 1114], homeScriptKB: 1092.5 }

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export interface H5BenchRow {
  name: string
  visibleMs: number
  transferredKB: number
  scriptKB: number
  scriptWireKB: number
}

function row(name: string, runs: HomeLoad[]): H5BenchRow {
  const kb = (n: number) => Math.round(n / 102.4) / 10
  return {
    name,
    visibleMs: median(runs.map((r) => r.visibleMs)),
    transferredKB: kb(median(runs.map((r) => r.transferredBeforeVisible))),
    scriptKB: kb(median(runs.map((r) => r.scriptDecodedBytes))),
    scriptWireKB: kb(median(runs.map((r) => r.scriptTransferBytes)))
  }
}

export async function benchH5(): Promise<H5BenchRow[]> {
  const dist = path.join(ROOT, 'dist', 'h5')
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.log('dist/h5 is missing: run `npx taro build --type h5` first (skipped)')
    return []
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'yifa-bench-h5-'))
  const server = await spawnServer({ DATABASE_URL: `sqlite:${path.join(dir, 'app.db')}`, SAMPLE_DATA: '1', STATIC_DIR: dist })
  const browser = await launchChromium()
  const rows: H5BenchRow[] = []
  try {
    const variants: [string, MeasureOptions][] = [
      ['first visit (brotli)', {}],
      ['first visit, uncompressed', { acceptEncoding: 'identity' }],
      ['returning visit (cached)', { repeatVisit: true }]
    ]
    for (const [name, options] of variants) {
      const runs: HomeLoad[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await measureHomeLoad(browser, server.base, options))
      rows.push(row(name, runs))
    }
  } finally {
    await browser.close()
    server.signal('SIGTERM')
    await server.exit
    rmSync(dir, { recursive: true, force: true })
  }
  const p = PHONE_PROFILE
  console.log(
    `H5 home page, phone profile (${p.latencyMs} ms RTT, ${(p.downloadBytesPerSecond * 8) / 1e6} Mbps down, ${p.cpuSlowdown}x CPU), median of ${RUNS}`
  )
  const pad = (s: string | number, n: number) => String(s).padEnd(n)
  console.log(`${pad('', 30)}${pad('visible ms', 12)}${pad('KB before', 11)}${pad('JS KB', 9)}JS KB on the wire`)
  for (const r of rows) console.log(`${pad(r.name, 30)}${pad(r.visibleMs, 12)}${pad(r.transferredKB, 11)}${pad(r.scriptKB, 9)}${r.scriptWireKB}`)
  console.log(
    `${pad('before (b7edbc5, recorded)', 30)}${pad(BEFORE.visibleMs.join('–'), 12)}${pad(BEFORE.transferredKB.join('–'), 11)}${pad(BEFORE.homeScriptKB, 9)}${BEFORE.homeScriptKB}`
  )
  console.log('visible: the first frame with the home tiles and hot questions; KB before: bytes on the wire for requests started by then;')
  console.log('JS KB: JavaScript the home page requested (uncompressed), once the network went quiet. Budget: ≤ 2500 ms, ≤ 300 KB.')
  return rows
}
