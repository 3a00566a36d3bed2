import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { findArticle, lawById } from '@/content/laws/index'
import { articleLabel } from '@/core/law/numerals'
import { formatRef } from '@/core/law/citations'
import { firstWords } from '@/core/reader/navigation'
import { articleRouteById } from '@/routes'
import * as favourites from '@/services/favourites'
import { go } from '@/services/nav'
import { Action } from '../Markup'
import './index.css'

export const FAVOURITES_EMPTY = '还没有收藏的条文。阅读条文时点「收藏」即可保存在这里。'

export interface FavouriteListProps {
  emptyText?: string
  /** Ask before removing (older readers tap by mistake). */
  confirmRemove?: boolean
}

interface Row {
  fav: favourites.Favourite
  label: string
  /** 「第三十五条」, shown large under the law's name. */
  article: string
  lawName: string
  words: string
}

function rowsOf(list: favourites.Favourite[]): Row[] {
  const rows: Row[] = []
  for (const fav of list) {
    const law = lawById(fav.law)
    const article = law && findArticle(law, fav.article)
    if (!law || !article) continue
    rows.push({
      fav,
      // A bookmark names its law only outside the regulation the app is about.
      label: formatRef({ law: law.name, article: fav.article }, { withLaw: law.name !== '信访工作条例' }),
      article: articleLabel(fav.article),
      lawName: `《${law.name}》`,
      words: firstWords(article, 30)
    })
  }
  return rows
}

/** The articles a citizen saved with 「收藏」, newest first; re-read whenever the page is shown. */
export function FavouriteList({ emptyText = FAVOURITES_EMPTY, confirmRemove = true }: FavouriteListProps) {
  const [list, setList] = useState(favourites.list)
  useDidShow(() => setList(favourites.list()))

  const removeRow = async (row: Row) => {
    if (confirmRemove) {
      const res = await Taro.showModal({ title: '取消收藏', content: `把${row.label}移出收藏？`, confirmText: '移出', cancelText: '保留' })
      if (!res.confirm) return
    }
    setList(favourites.remove(row.fav))
  }

  const rows = rowsOf(list)
  if (!rows.length) {
    return (
      <View className='card favourite-empty' role='status'>
        <Text className='text-body text-muted'>{emptyText}</Text>
      </View>
    )
  }
  return (
    <View className='favourite-list' role='list' aria-label='我的收藏'>
      {rows.map((row) => (
        <View key={`${row.fav.law}-${row.fav.article}`} className='card row favourite-item' role='listitem'>
          <Action className='grow favourite-open' role='link' aria-label={`打开${row.label}`} onClick={() => go(articleRouteById(row.fav.law, row.fav.article))}>
            <View className='favourite-law'>{row.lawName}</View>
            <View className='favourite-label'>{row.article}</View>
            <View className='favourite-words'>{row.words}</View>
          </Action>
          <Action className='favourite-remove' role='button' aria-label={`把${row.label}移出收藏`} onClick={() => void removeRow(row)}>
            移出
          </Action>
        </View>
      ))}
    </View>
  )
}
