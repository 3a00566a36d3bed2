import Taro, { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ArticleText } from '@/components/ArticleText'
import { InterpretationPanel } from '@/components/InterpretationPanel'
import { PageShell } from '@/components/PageShell'
import { PictureCard } from '@/components/PictureCard'
import { SectionTitle } from '@/components/SectionTitle'
import { StateView } from '@/components/StateView'
import { EXPLAINERS } from '@/content/explainers'
import { FAQ } from '@/content/faq'
import { CHANNELS } from '@/content/guide/channels'
import { channelRefs } from '@/core/guide/engine'
import { relatedByRefs } from '@/core/law/related'
import { interpretationOf } from '@/content/interpretations'
import { chapterOf, findArticle, lawFromParam, XINFANG } from '@/content/laws/index'
import { articleLabel } from '@/core/law/numerals'
import type { Law } from '@/core/law/types'
import { parseArticleInput } from '@/core/reader/jump'
import { articleNumbers, cardsForArticle, neighboursOf, sectionOf } from '@/core/reader/navigation'
import { articleRoute, articleRouteById, queryOf, ROUTES, withQuery } from '@/routes'
import * as favourites from '@/services/favourites'
import { go, openGuideChannel } from '@/services/nav'
import { copyToClipboard } from '@/services/clipboard'
import { Action } from '@/components/Markup'
import './index.css'

/** The reader: one article's official text, our 解读, related 图解, prev/next, 收藏, copy and share. */
export default function ArticlePage() {
  const { params } = useRouter()
  const law = params.law ? lawFromParam(params.law) : XINFANG
  const number = articleFromParam(params.article)
  const article = law && Number.isInteger(number) ? findArticle(law, number) : undefined
  const query = params.q ? safeDecode(params.q) : ''
  const [starred, setStarred] = useState(() => (law && article ? favourites.isFavourite({ law: law.id, article: number }) : false))

  useShareAppMessage(() =>
    law && article
      ? { title: `《${law.name}》${articleLabel(number)}`, path: articleRoute({ law: law.name, article: number }) }
      : { title: '条例目录', path: ROUTES.toc }
  )
  // 朋友圈 opens this same page with the query.
  useShareTimeline(() =>
    law && article ? { title: `《${law.name}》${articleLabel(number)}`, query: queryOf(articleRoute({ law: law.name, article: number })) } : { title: '条例目录' }
  )

  if (!law || !article) {
    return (
      <PageShell className='reader'>
        <StateView
          kind='error'
          title='没有找到这一条'
          hint={missingHint(law, number)}
          actionLabel='打开目录'
          onAction={() => Taro.redirectTo({ url: withQuery(ROUTES.toc, { law: law?.id }) })}
        />
      </PageShell>
    )
  }

  const label = articleLabel(number)
  const chapter = chapterOf(law, number)
  const section = sectionOf(law, number)
  const { prev, next } = neighboursOf(law, number)
  const reading = law.id === XINFANG.id ? interpretationOf(number) : undefined
  const cards = cardsForArticle(law.id === XINFANG.id ? EXPLAINERS : [], law.name, number)
  const fullText = `《${law.name}》${label}\n${article.paragraphs.join('\n')}`

  const copy = () => copyToClipboard(fullText)
  const toggleStar = () => {
    const on = favourites.toggle({ law: law.id, article: number })
    setStarred(on)
    Taro.showToast({ title: on ? '已收藏' : '已取消收藏', icon: 'none' })
  }
  const cited = [{ law: law.name, article: number }]
  const questions = relatedByRefs(cited, FAQ, 3)
  const channels = relatedByRefs(cited, CHANNELS.map((c) => ({ ...c, refs: channelRefs(c) })), 3)
  // Prev/next replace this page so the page stack does not grow with every article read.
  const open = (n: number) => Taro.redirectTo({ url: articleRouteById(law.id, n) })

  return (
    <PageShell className='reader'>
      <View className='card reader-head'>
        <View className='text-small reader-law'>
          《{law.name}》{chapter ? ` · ${chapter.title}` : ''}
          {section ? ` · ${section}` : ''}
        </View>
        <View className='text-hero reader-label' role='heading' aria-level={1}>
          {label}
        </View>
        {query ? (
          <View className='text-small reader-query'>
            已标出与「<Text className='highlight'>{query}</Text>」有关的词
          </View>
        ) : null}
        <ArticleText article={article} query={query} onLongPress={() => void copy()} />
        <View className='text-small reader-tip'>长按条文也可以复制</View>
        <View className='row reader-actions'>
          <Action
            className={`btn grow reader-action ${starred ? 'btn-primary' : 'btn-secondary'}`}
            role='button'
            aria-pressed={starred}
            aria-label={starred ? `已收藏${label}，点按取消收藏` : `收藏${label}`}
            onClick={toggleStar}
          >
            {starred ? '★ 已收藏' : '☆ 收藏'}
          </Action>
          <Action className='btn btn-secondary grow reader-action' role='button' aria-label={`复制${label}的条文`} onClick={() => void copy()}>
            复制条文
          </Action>
        </View>
      </View>

      <View className='row reader-nav'>
        {prev ? (
          <Action className='btn btn-secondary grow reader-nav-btn' role='link' aria-label={`上一条：${articleLabel(prev)}`} onClick={() => open(prev)}>
            ‹ {articleLabel(prev)}
          </Action>
        ) : (
          <View className='grow reader-nav-btn' />
        )}
        {next ? (
          <Action className='btn btn-secondary grow reader-nav-btn' role='link' aria-label={`下一条：${articleLabel(next)}`} onClick={() => open(next)}>
            {articleLabel(next)} ›
          </Action>
        ) : (
          <View className='grow reader-nav-btn' />
        )}
      </View>
      <Action className='link text-small reader-toc' role='link' aria-label='打开目录' onClick={() => go(withQuery(ROUTES.toc, { law: law.id }))}>
        查看《{law.name}》目录 ›
      </Action>

      {reading ? <InterpretationPanel interpretation={reading} /> : null}

      {cards.length ? (
        <View className='reader-cards'>
          <SectionTitle title='相关图解' />
          {cards.map((card) => (
            <PictureCard key={card.id} card={card} variant='row' onOpen={() => go(withQuery(ROUTES.cards, { chapter: card.chapter, card: card.id }))} />
          ))}
        </View>
      ) : null}

      {questions.length ? (
        <View className='reader-related'>
          <SectionTitle title='相关问答' />
          {questions.map((entry) => (
            <Action key={entry.id} className='card row-between reader-related-item' role='link' aria-label={`问答：${entry.question}`} onClick={() => go(withQuery(ROUTES.qaDetail, { id: entry.id }))}>
              <Text className='grow text-body'>{entry.question}</Text>
              <Text className='text-muted'>›</Text>
            </Action>
          ))}
        </View>
      ) : null}

      {channels.length ? (
        <View className='reader-related'>
          <SectionTitle title='相关办理渠道' />
          {channels.map((channel) => (
            <Action key={channel.id} className='card row-between reader-related-item' role='link' aria-label={`引导图：${channel.name}`} onClick={() => openGuideChannel(channel.id)}>
              <Text className='grow text-body'>{channel.name}</Text>
              <Text className='text-muted'>›</Text>
            </Action>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}

function missingHint(law: Law | undefined, number: number): string {
  if (!law) return '链接里的法律名称不对。请到目录里选择要看的条文。'
  const count = articleNumbers(law).length
  const which = Number.isInteger(number) && number > 0 && number < 10000 ? articleLabel(number) : '这一条'
  return `《${law.name}》共${count}条，没有${which}。请到目录里选择要看的条文。`
}

/** `35`, `第35条` or `第三十五条` (hand-written links); NaN when it names no article. */
function articleFromParam(value: string | undefined): number {
  if (!value) return NaN
  const parsed = parseArticleInput(safeDecode(value), Number.MAX_SAFE_INTEGER)
  return parsed.ok ? parsed.article : NaN
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
