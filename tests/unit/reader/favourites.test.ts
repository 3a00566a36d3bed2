import { sanitizeFavourites, withFavourite, withoutFavourite, type Favourite } from '../../../src/core/reader/favourites'

const a35: Favourite = { law: 'xinfang-2022', article: 35 }
const a26: Favourite = { law: 'xinfang-2022', article: 26 }
const f20: Favourite = { law: 'xingzheng-fuyi-2023', article: 20 }

test('adding puts the newest first and never duplicates', () => {
  let list = withFavourite([], a35)
  list = withFavourite(list, f20)
  list = withFavourite(list, a35)
  expect(list).toEqual([a35, f20])
})

test('removing drops only that article of that law', () => {
  const list = [a35, a26, f20]
  expect(withoutFavourite(list, a26)).toEqual([a35, f20])
  expect(withoutFavourite(list, { law: 'xingzheng-fuyi-2023', article: 35 })).toEqual(list)
})

test('whatever storage held is cleaned up', () => {
  expect(sanitizeFavourites('')).toEqual([])
  expect(sanitizeFavourites(null)).toEqual([])
  expect(sanitizeFavourites({ law: 'xinfang-2022', article: 1 })).toEqual([])
  expect(
    sanitizeFavourites([a35, a35, null, 'x', { law: 'nope', article: 3 }, { law: 'xinfang-2022', article: '3' }, { law: 'xinfang-2022', article: 0 }, { ...f20, extra: 1 }])
  ).toEqual([a35, f20])
})
