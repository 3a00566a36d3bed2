/**
 * Where printed QR codes point: the bureau's public https origin. `PUBLIC_BASE` wins; otherwise the
 * `publicBase` of the bureau's facts file (BUREAU_CONFIG, bureau.config.json), but never a sample
 * file's: a poster must not send citizens to a placeholder address. One place, so the CLI and the
 * staff download agree.
 */
import { loadBureauConfig } from '../../scripts/bureau-config'
import { parsePublicBase } from '../../src/core/links/short'

export function resolvePublicBase(env: NodeJS.ProcessEnv = process.env): ReturnType<typeof parsePublicBase> {
  const fromEnv = env.PUBLIC_BASE?.trim()
  if (fromEnv) return parsePublicBase(fromEnv)
  const bureau = loadBureauConfig(env)
  return parsePublicBase(bureau.isSample ? undefined : bureau.config.publicBase?.trim())
}
