import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ArticleJump } from '@/components/ArticleJump'
import { ChipTabs } from '@/components/ChipTabs'
import { PageShell } from '@/components/PageShell'
import { LAWS, lawById, lawFromParam, XINFANG } from '@/content/laws/index'
import { articleLabel } from '@/core/law/numerals'
import type { Law } from '@/core/law/types'
import { articleNumbers, firstWords } from '@/core/reader/navigation'
import { articleRouteById, ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

function quoted(law: Law): string {
  return `《${law.name}》`
}

/** 条例目录: pick a law, jump to an article by number, or browse chapter by chapter. */
export default function TocPage() {
  const { params } = useRouter()
  const [law, setLaw] = useState<Law>(() => lawFromParam(params.law) ?? XINFANG)
  const count = articleNumbers(law).length

  return (
    <PageShell className='toc'>
      <ChipTabs
        className='toc-laws'
        ariaLabel='选择法律法规'
        selected={law.id}
        onSelect={(id) => setLaw(lawById(id) ?? XINFANG)}
        tabs={LAWS.map((l) => ({ key: l.id, label: l.name }))}
      />

      <View className='card toc-head'>
        <Text className='text-title toc-title'>{law.title}</Text>
        {law.meta.map((line) => (
          <View key={line} className='text-small'>
            {line}
          </View>
        ))}
        <View className='text-small toc-count'>
          共{law.chapters.length}章{count}条
        </View>
        {law.id === XINFANG.id ? (
          <Action className='btn btn-secondary toc-cards' role='link' aria-label='看条例图解' onClick={() => go(ROUTES.cards)}>
            看条例图解
          </Action>
        ) : null}
      </View>

      <ArticleJump key={law.id} count={count} lawName={quoted(law)} onJump={(n) => go(articleRouteById(law.id, n))} />

      {law.chapters.map((chapter) => (
        <View key={chapter.title} className='toc-chapter'>
          <View className='section-title toc-chapter-title' role='heading' aria-level={2}>
            {chapter.title}
          </View>
          <View className='card toc-list'>
            {chapter.articles.map((a) => {
              const section = chapter.sections?.find((s) => s.firstArticle === a.number)
              const label = articleLabel(a.number)
              return (
                <View key={a.number}>
                  {section ? <View className='toc-section bold'>{section.title}</View> : null}
                  <Action className='toc-item' role='link' aria-label={`打开${label}`} onClick={() => go(articleRouteById(law.id, a.number))}>
                    <Text className='toc-item-label'>{label}</Text>
                    <View className='toc-item-words'>{firstWords(a, 40)}</View>
                  </Action>
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </PageShell>
  )
}
