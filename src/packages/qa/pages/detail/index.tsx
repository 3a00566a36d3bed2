import { Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useMemo } from 'react'
import { HelpfulAsk } from '@/components/HelpfulAsk'
import { ShareButton } from '@/components/ShareButton'
import { PageShell } from '@/components/PageShell'
import { RefLinks } from '@/components/RefLinks'
import { StateView } from '@/components/StateView'
import { citedArticles, formatRef, isCarried } from '@/core/law/citations'
import { answerParagraphs, relatedEntries } from '@/core/qa/entries'
import { FAQ } from '@/content/faq'
import { FAQ_ANSWERS } from '@/content/faq-answers'
import { interpretationOf } from '@/content/interpretations'
import { articleRoute, faqDetailRoute, queryOf, ROUTES } from '@/routes'
import { reportSearchFeedback } from '@/services/feedback'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

export default function QaDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  // The search that led here (when it did): an answer marked 没有帮助 reports that query.
  const query = (() => {
    try {
      return decodeURIComponent(params.q ?? '')
    } catch {
      return ''
    }
  })()
  const entry = useMemo(() => FAQ.find((e) => e.id === id), [id])
  const related = useMemo(() => (entry ? relatedEntries(entry, FAQ) : []), [entry])
  // The articles the reader can open; supporting laws' articles stay plain text in 依据 above.
  const cited = useMemo(() => (entry ? citedArticles(entry.refs).filter(isCarried) : []), [entry])

  useShareAppMessage(() => ({
    title: entry ? entry.question : '信访问答',
    path: entry ? faqDetailRoute(entry.id) : ROUTES.qa
  }))
  // 朋友圈 opens this same page with the query.
  useShareTimeline(() => ({ title: entry ? entry.question : '信访问答', query: entry ? queryOf(faqDetailRoute(entry.id)) : '' }))

  if (!entry) {
    return (
      <PageShell className='qa-detail'>
        <StateView
          kind='error'
          title='没有找到这条问答'
          hint='链接可能已经失效，或者这条问答已经调整。回到问答页，用自己的话搜一搜。'
          actionLabel='回到问答'
          onAction={() => go(ROUTES.qa)}
        />
      </PageShell>
    )
  }


  return (
    <PageShell className='qa-detail'>
      <View className='card'>
        <Text className='text-small qa-detail-topic'>{entry.topic}</Text>
        <View>
          <Text className='text-title qa-detail-question'>{entry.question}</Text>
        </View>
        <View className='qa-detail-short' aria-label={`简单地说：${entry.short}`}>
          <Text className='qa-detail-short-label'>简单地说</Text>
          <Text className='qa-detail-short-text'>{entry.short}</Text>
        </View>
      </View>

      <View className='card'>
        <View className='section-title qa-detail-h'>
          <Text>详细说明</Text>
        </View>
        {answerParagraphs(FAQ_ANSWERS[entry.id] ?? '').map((p, i) => (
          <Text key={i} className='qa-detail-paragraph text-body'>
            {p}
          </Text>
        ))}
        <RefLinks refs={entry.refs} />
        <HelpfulAsk key={entry.id} onAnswer={(helpful) => !helpful && query && reportSearchFeedback(query, 'unhelpful')} />
      </View>

      {cited.length ? (
        <View className='qa-detail-block'>
          <View className='section-title'>
            <Text>引用的条文</Text>
          </View>
          {cited.map((ref) => {
            const label = formatRef(ref)
            const reading = ref.law === '信访工作条例' ? interpretationOf(ref.article) : undefined
            return (
              <Action key={label} className='card qa-detail-article' role='link' aria-label={`查看${label}原文`} onClick={() => go(articleRoute(ref))}>
                <View className='row-between'>
                  <Text className='text-large bold qa-detail-article-label'>{label}</Text>
                  <Text className='text-muted'>›</Text>
                </View>
                {reading ? <Text className='text-small qa-detail-article-meaning'>{reading.meaning}</Text> : null}
              </Action>
            )
          })}
        </View>
      ) : null}

      {related.length ? (
        <View className='qa-detail-block'>
          <View className='section-title'>
            <Text>相关问题</Text>
          </View>
          {related.map((r) => (
            <Action key={r.id} className='card row-between qa-detail-related' role='link' aria-label={`相关问题：${r.question}`} onClick={() => go(faqDetailRoute(r.id))}>
              <Text className='grow text-body'>{r.question}</Text>
              <Text className='text-muted qa-detail-chevron'>›</Text>
            </Action>
          ))}
        </View>
      ) : null}

      <Text className='notice qa-detail-note'>以上是本程序对条文的通俗解读，不是法律意见；具体以条文原文和有关机关的答复为准。</Text>

      <ShareButton className='qa-detail-share' subject='这条问答' copyLabel='复制问答，发给家人朋友' copyText={() => `${entry.question}\n${entry.short}`} />
    </PageShell>
  )
}
