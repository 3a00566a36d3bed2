import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The app's source folder, which the accessibility scans read. */
export const SRC = path.join(__dirname, '..', '..', '..', 'src')

/** Every .tsx file under `dir` except tests. */
export function* tsxFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* tsxFiles(p)
    else if (p.endsWith('.tsx') && !p.endsWith('.test.tsx')) yield p
  }
}
