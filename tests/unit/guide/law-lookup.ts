import { findArticle, lawByName } from '../../../src/content/laws'
import type { LawLookup } from '../../../src/core/guide/types'

/** The app's law data as the engine's lookup. */
export const lookup: LawLookup = (law, article) => {
  const found = lawByName(law)
  return found ? findArticle(found, article) : undefined
}
