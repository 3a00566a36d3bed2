/**
 * Finds and validates the bureau's facts file for builds (config/index.ts), `npm run
 * build:release` and the server: BUREAU_CONFIG if set, else bureau.config.json, else the sample
 * bureau.config.example.json (which always counts as a sample). Throws one message per bad field.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { formatBureauErrors, validateBureauConfig, type BureauConfig } from '../src/core/bureau/config'

export const EXAMPLE_FILE = 'bureau.config.example.json'
export const DEFAULT_FILE = 'bureau.config.json'

export interface LoadedBureau {
  config: BureauConfig
  /** The file used, relative to the project root when inside it. */
  file: string
  /** True for sample facts: `sample: true`, or the example file used for want of a real one. */
  isSample: boolean
}

export function resolveBureauFile(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const named = env.BUREAU_CONFIG?.trim()
  if (named) {
    const file = path.resolve(root, named)
    if (!existsSync(file)) throw new Error(`BUREAU_CONFIG=${named}: 文件不存在 / file not found`)
    return file
  }
  const real = path.resolve(root, DEFAULT_FILE)
  return existsSync(real) ? real : path.resolve(root, EXAMPLE_FILE)
}

export function loadBureauConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): LoadedBureau {
  const abs = resolveBureauFile(env, root)
  const file = path.relative(root, abs).startsWith('..') ? abs : path.relative(root, abs)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(abs, 'utf8'))
  } catch (e) {
    throw new Error(`${file}: 不是有效的 JSON / invalid JSON (${(e as Error).message})`)
  }
  const result = validateBureauConfig(raw)
  if (!result.ok) throw new Error(formatBureauErrors(file, result.errors))
  const isExample = path.basename(abs) === EXAMPLE_FILE
  const config = isExample ? { ...result.config, sample: true } : result.config
  return { config, file, isSample: config.sample }
}

/** Keeps project.config.json's appid equal to the bureau's (WeChat DevTools reads it from there). */
export function syncProjectAppid(appid: string, root = process.cwd()): boolean {
  const file = path.join(root, 'project.config.json')
  const text = readFileSync(file, 'utf8')
  const project = JSON.parse(text) as { appid?: string }
  if (project.appid === appid) return false
  project.appid = appid
  writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`)
  return true
}
