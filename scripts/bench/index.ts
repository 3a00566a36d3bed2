/**
 * `npm run bench`: every benchmark in one run, each printing its figures side by side with the
 * alternatives — search (ours vs Fuse.js vs MiniSearch vs FlexSearch), the API (health, calendar,
 * sign-up; SQLite and PostgreSQL) and the H5 home page on a throttled phone (brotli vs uncompressed
 * vs a returning visit).
 */
import { cpus } from 'node:os'
import { benchSearch } from './search'

async function main() {
  console.log(`依法信访 benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} cores\n`)
  console.log('## Search (evaluation set of citizen-style queries)\n')
  await benchSearch()
  console.log('\n## API (autocannon, 50 connections; SQLite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set)\n')
  const { benchApi } = await import('./api')
  await benchApi()
  console.log('\n## H5 home page on a phone (Chromium, throttled)\n')
  const { benchH5 } = await import('./h5')
  await benchH5()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
