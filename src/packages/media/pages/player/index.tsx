import { Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { useMemo } from 'react'
import { ClipCard, clipRoute } from '@/components/ClipCard'
import { ClipPlayer } from '@/components/ClipPlayer'
import { currentLink, ShareButton } from '@/components/ShareButton'
import { PageShell } from '@/components/PageShell'
import { RefLinks } from '@/components/RefLinks'
import { StateView } from '@/components/StateView'
import { CLIPS, clipById } from '@/content/media'
import { FAQ } from '@/content/faq'
import { formatDuration } from '@/core/media/format'
import { relatedByRefs } from '@/core/law/related'
import { faqDetailRoute, ROUTES } from '@/routes'
import { media } from '@/services/media'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

export default function PlayerPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const clip = useMemo(() => clipById(id), [id])
  const related = useMemo(() => (clip ? relatedByRefs(clip.refs, FAQ, 3) : []), [clip])
  const others = useMemo(() => CLIPS.filter((c) => c.id !== id), [id])

  useShareAppMessage(() => ({
    title: clip ? `动漫：${clip.title}` : '法治信访动漫宣传片',
    path: clip ? clipRoute(clip.id) : ROUTES.clips,
    imageUrl: clip ? media(clip.poster) : undefined
  }))

  if (!clip) {
    return (
      <PageShell className='player-page'>
        <StateView
          kind='error'
          title='没有找到这部动漫'
          hint='链接可能不完整，或者这部动漫已经下线。可以回到动漫列表看看其他的。'
          actionLabel='看全部动漫'
          onAction={() => Taro.redirectTo({ url: ROUTES.clips }).catch(() => go(ROUTES.clips))}
        />
      </PageShell>
    )
  }


  return (
    <PageShell className='player-page'>
      <ClipPlayer clip={clip} />

      <View className='card player-info'>
        <Text className='text-title player-title'>{clip.title}</Text>
        <Text className='text-small player-meta'>动漫宣传片 · {formatDuration(clip.durationSeconds)} · 中文字幕</Text>
        <Text className='text-body player-summary'>{clip.summary}</Text>
        <RefLinks refs={clip.refs} label='讲到的条文' />
      </View>

      {related.length ? (
        <View className='player-block'>
          <View className='section-title'>
            <Text>相关问答</Text>
          </View>
          {related.map((entry) => (
            <Action
              key={entry.id}
              className='card row-between player-related'
              role='link'
              aria-label={`相关问答：${entry.question}`}
              onClick={() => go(faqDetailRoute(entry.id))}
            >
              <Text className='grow text-body'>{entry.question}</Text>
              <Text className='text-muted player-chevron'>›</Text>
            </Action>
          ))}
        </View>
      ) : null}

      <ShareButton className='player-share' subject='这部动漫' copyText={() => `${clip.title}（法治信访动漫）${currentLink(clipRoute(clip.id))}`} />

      {others.length ? (
        <View className='player-block'>
          <View className='section-title'>
            <Text>其他动漫</Text>
          </View>
          {others.map((c) => (
            <ClipCard key={c.id} clip={c} variant='row' showRefs={false} onOpen={() => Taro.redirectTo({ url: clipRoute(c.id) }).catch(() => go(clipRoute(c.id)))} />
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
