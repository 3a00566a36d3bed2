import { Input, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { PageShell } from '@/components/PageShell'
import { HelpfulAsk } from '@/components/HelpfulAsk'
import { SearchNoAnswer } from '@/components/SearchNoAnswer'
import { SearchResultCard } from '@/components/SearchResultCard'
import { StateView } from '@/components/StateView'
import { FAQ_TOPICS, type FaqEntry } from '@/core/content/types'
import { citationLabel, citedArticles } from '@/core/law/citations'
import type { ArticleRef } from '@/core/law/types'
import { makeSnippet } from '@/core/search/highlight'
import { entriesOfTopic } from '@/core/qa/entries'
import { searchNoteText } from '@/core/qa/notes'
import type { SearchAnswer, SearchResult } from '@/core/search/types'
import { FAQ } from '@/content/faq'
import { hotQuestions } from '@/content/hot-questions'
import { faqDetailRoute, ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { reportSearchFeedback } from '@/services/feedback'
import { answerQuery, clearRecentSearches, openResult, readRecentSearches, warmUpSearch } from '@/services/search'
import { usePageShare } from '@/hooks/usePageShare'
import { useDebouncedValue } from '@/hooks/useDebouncedValue'
import { Action } from '@/components/Markup'
import './index.css'

const RESULT_LIMIT = 20
/** A query that found nothing useful is reported once the citizen has stopped typing this long. */
const MISS_REPORT_DELAY_MS = 2500

/** 「依据 第三十五条、第三十六条」: at most two articles, each once, for the foot of a card. */
function refsMeta(refs: ArticleRef[]): string {
  const articles = citedArticles(refs)
  const labels = articles.map((r) => citationLabel(r, articles))
  if (!labels.length) return ''
  return `依据 ${labels.slice(0, 2).join('、')}${labels.length > 2 ? ' 等' : ''}`
}

function EntryCard({ entry }: { entry: FaqEntry }) {
  return (
    <SearchResultCard
      kind='faq'
      title={entry.question}
      snippet={makeSnippet(entry.short, []).snippet}
      meta={refsMeta(entry.refs)}
      onOpen={() => go(faqDetailRoute(entry.id))}
    />
  )
}

const NO_ANSWER: SearchAnswer = { results: [], notes: [], channels: [], confident: false }

function useSearch(query: string): SearchAnswer & { failed: boolean } {
  return useMemo(() => {
    if (!query.trim()) return { ...NO_ANSWER, failed: false }
    try {
      return { ...answerQuery(query, RESULT_LIMIT), failed: false }
    } catch {
      return { ...NO_ANSWER, failed: true }
    }
  }, [query])
}

/** How long typing must pause before the results re-render. */
export const SEARCH_DEBOUNCE_MS = 250

export default function QaPage() {
  usePageShare('信访问答：用自己的话问，找到依据', ROUTES.qa)
  // What is typed (updates the input only) and, settled SEARCH_DEBOUNCE_MS later, what is searched.
  const [text, setText] = useState('')
  const query = useDebouncedValue(text.trim() === '' ? '' : text, SEARCH_DEBOUNCE_MS)
  const [topic, setTopic] = useState<string | null>(null)
  const [recent, setRecent] = useState<string[]>(readRecentSearches)
  const { results, notes, confident, failed } = useSearch(query)
  const noteTexts = useMemo(() => notes.map(searchNoteText), [notes])
  const hot = useMemo(() => hotQuestions(), [])
  const topicEntries = useMemo(() => (topic ? entriesOfTopic(FAQ, topic) : []), [topic])
  const searching = query.trim() !== ''

  useDidShow(() => setRecent(readRecentSearches()))
  // Decode the index once the page is on screen, so the first keystroke answers at once.
  useEffect(() => {
    const timer = setTimeout(warmUpSearch, 200)
    return () => clearTimeout(timer)
  }, [])

  // What citizens could not find, for the bureau's report: sent once typing has settled.
  useEffect(() => {
    if (!searching || failed || confident) return
    const timer = setTimeout(() => reportSearchFeedback(query, 'miss'), MISS_REPORT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query, searching, failed, confident])

  const open = (result: SearchResult) => {
    openResult(result, query)
    setRecent(readRecentSearches())
  }

  return (
    <PageShell className='qa'>
      <View className='qa-search row'>
        <Input
          className={`input qa-input grow ${text ? 'qa-input-filled' : ''}`}
          type='text'
          value={text}
          placeholder='输入问题，如：复查要多久'
          placeholderClass='qa-placeholder'
          confirmType='search'
          maxlength={60}
          aria-label='搜索问题，输入时即显示结果'
          onInput={(e) => setText(e.detail.value)}
        />
        {text ? (
          <Action className='qa-clear' role='button' aria-label='清空搜索内容' onClick={() => setText('')}>
            ✕
          </Action>
        ) : null}
      </View>

      {searching ? (
        failed ? (
          <StateView kind='error' title='搜索暂时用不了' hint='请稍后再试，或先浏览下面的热门问题。' actionLabel='清空搜索' onAction={() => setText('')} />
        ) : confident ? (
          <View className='qa-results'>
            {noteTexts.map((n) => (
              <View key={n} className='qa-note text-small' aria-label={n}>
                <Text>{n}</Text>
              </View>
            ))}
            <Text className='qa-count text-small'>找到 {results.length >= RESULT_LIMIT ? `${RESULT_LIMIT}+` : results.length} 条相关内容，点开查看</Text>
            {results.map((r) => (
              <SearchResultCard
                key={r.id}
                kind={r.type}
                title={r.title}
                titleRanges={r.titleRanges}
                snippet={r.snippet}
                ranges={r.ranges}
                meta={r.type === 'article' ? '' : refsMeta(r.refs)}
                onOpen={() => open(r)}
              />
            ))}
            <HelpfulAsk key={query} subject='这些搜索结果' onAnswer={(helpful) => !helpful && reportSearchFeedback(query, 'unhelpful')} />
          </View>
        ) : (
          <SearchNoAnswer query={query.trim()} notes={noteTexts} onOpenGuide={() => go(ROUTES.guide)} onContactBureau={() => go(ROUTES.contact)} />
        )
      ) : (
        <View className='qa-browse'>
          {recent.length ? (
            <View className='qa-recent'>
              <View className='row-between section-title'>
                <Text>最近搜索</Text>
                <Action
                  className='text-small link qa-recent-clear'
                  role='button'
                  aria-label='清除最近搜索'
                  onClick={() => {
                    clearRecentSearches()
                    setRecent([])
                  }}
                >
                  清除
                </Action>
              </View>
              <View className='row wrap'>
                {recent.map((q) => (
                  <Action key={q} className='chip qa-recent-chip' role='button' aria-label={`再次搜索：${q}`} onClick={() => setText(q)}>
                    {q}
                  </Action>
                ))}
              </View>
            </View>
          ) : null}

          <View className='section-title'>
            <Text>热门问题</Text>
          </View>
          {hot.map((e) => (
            <EntryCard key={e.id} entry={e} />
          ))}

          <View className='section-title'>
            <Text>按主题浏览</Text>
          </View>
          <View className='row wrap qa-topics'>
            {FAQ_TOPICS.map((t) => (
              <Action
                key={t}
                className={`chip ${t === topic ? 'chip-active' : ''}`}
                role='button'
                aria-label={t === topic ? `${t}，已选中，点按收起` : `查看主题：${t}`}
                aria-selected={t === topic}
                onClick={() => setTopic(t === topic ? null : t)}
              >
                {t}
              </Action>
            ))}
          </View>
          {topic ? (
            <View className='qa-topic-list'>
              <Text className='qa-count text-small'>「{topic}」共 {topicEntries.length} 个问题</Text>
              {topicEntries.map((e) => (
                <EntryCard key={e.id} entry={e} />
              ))}
            </View>
          ) : null}
        </View>
      )}
    </PageShell>
  )
}
