import type { LawId } from '../law/types'

/** A favourite article: the law's route id and the article number. */
export interface Favourite {
  law: LawId
  article: number
}

const LAW_IDS: readonly string[] = ['xinfang-2022', 'xingzheng-fuyi-2023', 'xingzheng-susong-2017', 'laodong-zhongcai-2007']

export function sameFavourite(a: Favourite, b: Favourite): boolean {
  return a.law === b.law && a.article === b.article
}

/** Whatever storage held, as a clean list: well-formed entries only, each once, order kept. */
export function sanitizeFavourites(stored: unknown): Favourite[] {
  if (!Array.isArray(stored)) return []
  const out: Favourite[] = []
  for (const item of stored) {
    if (!item || typeof item !== 'object') continue
    const { law, article } = item as Record<string, unknown>
    if (typeof law !== 'string' || !LAW_IDS.includes(law)) continue
    if (typeof article !== 'number' || !Number.isInteger(article) || article < 1) continue
    const fav: Favourite = { law: law as LawId, article }
    if (!out.some((f) => sameFavourite(f, fav))) out.push(fav)
  }
  return out
}

/** The newest favourite first; adding one already there moves it to the top. */
export function withFavourite(list: Favourite[], fav: Favourite): Favourite[] {
  return [{ law: fav.law, article: fav.article }, ...list.filter((f) => !sameFavourite(f, fav))]
}

export function withoutFavourite(list: Favourite[], fav: Favourite): Favourite[] {
  return list.filter((f) => !sameFavourite(f, fav))
}
