import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { clausesOf } from '@/core/law/structure'
import type { Article } from '@/core/law/types'
import { highlight } from '@/core/search/engine'
import { splitByRanges, type TextPart } from '@/core/search/highlight'
import './index.css'

export interface ArticleTextProps {
  article: Article
  /** Search words to mark in the text (from the 问答 search). */
  query?: string
  /** Long-press on the text (the reader copies the article). */
  onLongPress?: () => void
}

function Runs({ text, query }: { text: string; query: string }) {
  const segments: TextPart[] = useMemo(() => (query ? splitByRanges(text, highlight(text, query)) : [{ text, hit: false }]), [text, query])
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <Text key={i} className='highlight'>
            {s.text}
          </Text>
        ) : (
          <Text key={i}>{s.text}</Text>
        )
      )}
    </>
  )
}

/** The official text, one block per 款; enumerated items （一）（二）… indented under their 款. */
export function ArticleText({ article, query = '', onLongPress }: ArticleTextProps) {
  const clauses = clausesOf(article)
  const q = query.trim()
  return (
    <View className='article-text' aria-label='条文原文，长按可复制' onLongPress={onLongPress}>
      {clauses.map((clause, i) => (
        <View key={i} className='article-clause'>
          <View className='article-para'>
            <Runs text={clause.text} query={q} />
          </View>
          {clause.items.map((item, j) => (
            <View key={j} className='article-para article-item'>
              <Runs text={item} query={q} />
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
