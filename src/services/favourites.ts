import { sanitizeFavourites, sameFavourite, withFavourite, withoutFavourite, type Favourite } from '../core/reader/favourites'
import { readStored, writeStored } from './storage'

export type { Favourite }

/** Storage key; the value is `Favourite[]` ({ law: LawId, article }), newest first. */
export const FAVOURITES_KEY = 'favourites'

/** The favourite articles, newest first (remembered across launches). */
export function list(): Favourite[] {
  return sanitizeFavourites(readStored<unknown>(FAVOURITES_KEY, []))
}

export function isFavourite(fav: Favourite): boolean {
  return list().some((f) => sameFavourite(f, fav))
}

export function add(fav: Favourite): Favourite[] {
  const next = withFavourite(list(), fav)
  writeStored(FAVOURITES_KEY, next)
  return next
}

export function remove(fav: Favourite): Favourite[] {
  const next = withoutFavourite(list(), fav)
  writeStored(FAVOURITES_KEY, next)
  return next
}

/** Adds or removes; returns whether the article is a favourite afterwards. */
export function toggle(fav: Favourite): boolean {
  if (isFavourite(fav)) {
    remove(fav)
    return false
  }
  add(fav)
  return true
}
