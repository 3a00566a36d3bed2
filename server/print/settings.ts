/**
 * Where printed QR codes point: the bureau's public https origin. `PUBLIC_BASE` wins; otherwise
 * the bureau's config (`publicBase`, in bureau.config.json once that file lands: src/config/bureau.ts
 * exposes it as BUREAU.publicBase). One place, so the CLI and the staff download agree.
 */
import { BUREAU } from '../../src/config/bureau'
import { parsePublicBase } from '../../src/core/links/short'

export function resolvePublicBase(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parsePublicBase> {
  const fromEnv = env.PUBLIC_BASE?.trim()
  const fromConfig = (BUREAU as { publicBase?: string }).publicBase?.trim()
  return parsePublicBase(fromEnv || fromConfig)
}
