/**
 * Builds the staff console (admin/) into dist/admin with esbuild: app.js (React), qr-worker.js
 * (jsQR, for browsers without BarcodeDetector), app.css and index.html. Separate from the Taro
 * builds, so nothing of it reaches the weapp packages. `npm run build:admin`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = path.join(__dirname, '..')
const out = path.join(root, 'dist', 'admin')

export async function buildAdmin(outdir = out): Promise<string[]> {
  fs.rmSync(outdir, { recursive: true, force: true })
  fs.mkdirSync(outdir, { recursive: true })
  await build({
    absWorkingDir: root,
    entryPoints: { app: 'admin/src/main.tsx', 'qr-worker': 'admin/src/qr-worker.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome80', 'safari13', 'firefox78'],
    jsx: 'automatic',
    outdir,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning'
  })
  fs.copyFileSync(path.join(root, 'admin', 'src', 'app.css'), path.join(outdir, 'app.css'))
  fs.copyFileSync(path.join(root, 'admin', 'index.html'), path.join(outdir, 'index.html'))
  return fs.readdirSync(outdir).sort()
}

if (require.main === module) {
  buildAdmin().then(
    (files) => {
      const sizes = files.map((f) => `${f} ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(1)} KB`)
      process.stdout.write(`工作台已构建 / console built: dist/admin (${sizes.join(', ')})\n`)
    },
    (err) => {
      process.stderr.write(`工作台构建失败 / console build failed: ${(err as Error).message}\n`)
      process.exit(1)
    }
  )
}
