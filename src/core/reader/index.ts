/** Pure logic of the regulation reader (no Taro): jump-box parsing, navigation, favourites. */
export { parseArticleInput, type JumpResult } from './jump'
export { articleNumbers, cardIndex, cardsForArticle, clampIndex, firstWords, neighboursOf, pickChapter, sectionOf, type Neighbours } from './navigation'
export { sameFavourite, sanitizeFavourites, withFavourite, withoutFavourite, type Favourite } from './favourites'
