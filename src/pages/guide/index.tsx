import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { ChannelCard, type ChannelCardLink } from '@/components/ChannelCard'
import { linkTo, ShareButton } from '@/components/ShareButton'
import { PageShell } from '@/components/PageShell'
import { SectionTitle } from '@/components/SectionTitle'
import { guide } from '@/content/guide/tree'
import { GUIDE_PENDING_CHANNEL_KEY } from '@/services/nav'
import type { GuideChannel, GuideState } from '@/core/guide/types'
import { ROUTES, withQuery } from '@/routes'
import { go } from '@/services/nav'
import { readStored, removeStored } from '@/services/storage'
import { Action } from '@/components/Markup'
import './index.css'

/**
 * Opens one channel's card (`?channel=labor-arbitration`, from a printed QR code's short link),
 * the shared answers (`?a=0-5-0`), or the first question with a message when they no longer fit.
 */
function initialState(encoded: string | undefined, channelId?: string): { state: GuideState; error: string; direct: boolean } {
  if (channelId) {
    const found = guide.stateFor(channelId)
    if (found) return { state: found, error: '', direct: true }
    return { state: guide.start(), error: '这个链接指向的渠道已经调整。', direct: false }
  }
  if (!encoded) return { state: guide.start(), error: '', direct: false }
  let text = encoded
  try {
    text = decodeURIComponent(encoded)
  } catch {
    // keep the raw text: the engine explains what is wrong with it
  }
  const decoded = guide.decodeAnswers(text)
  if (decoded.ok) return { state: decoded.state, error: '', direct: false }
  return { state: guide.start(), error: decoded.error.message, direct: false }
}

/** Links under a channel card: the petition channels lead on to the process map and the deadlines. */
function linksFor(channel: GuideChannel): ChannelCardLink[] {
  if (channel.id === 'petition' || channel.id === 'petition-suggestion') {
    return [
      { label: '看信访流程图：提出之后会怎样', url: ROUTES.process },
      { label: '算一算：提出后多少天内该告知我', url: withQuery(ROUTES.deadline, { stage: 'submitted' }) }
    ]
  }
  return []
}

function scrollToTop() {
  try {
    if (typeof Taro.pageScrollTo === 'function') void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })?.catch?.(() => undefined)
  } catch {
    // not available (tests): nothing to do
  }
}

export default function GuidePage() {
  const router = useRouter()
  const [initial] = useState(() => initialState(router.params?.a, router.params?.channel))
  const [state, setState] = useState<GuideState>(initial.state)
  const [notice, setNotice] = useState(initial.error)
  // True when a channel was opened straight from an article or a search result: the citizen
  // answered nothing, so no 「您的回答」 may be shown as if they had.
  const [direct, setDirect] = useState(initial.direct)

  const channel = guide.result(state)
  const progress = guide.progress(state)
  const encoded = guide.encodeAnswers(state)

  useShareAppMessage(() => ({
    title: channel ? `依法信访引导：${channel.name}` : '依法信访引导图：问几个问题，找对渠道',
    path: withQuery(ROUTES.guide, { a: encoded })
  }))

  const move = (next: GuideState, opened = false) => {
    setState(next)
    setDirect(opened)
    setNotice('')
    scrollToTop()
  }

  // A 引导 result tapped in 问答 arrives through storage (switchTab carries no query).
  useDidShow(() => {
    const pending = readStored<string>(GUIDE_PENDING_CHANNEL_KEY, '')
    if (!pending) return
    removeStored(GUIDE_PENDING_CHANNEL_KEY)
    const found = guide.stateFor(pending)
    if (found) move(found, true)
  })

  const nav = (
    <View className='guide-nav row'>
      <Action
        className={`btn btn-secondary grow guide-nav-btn ${guide.canGoBack(state) ? '' : 'btn-disabled'}`.trim()}
        role='button'
        aria-label='上一步'
        aria-disabled={!guide.canGoBack(state)}
        onClick={() => guide.canGoBack(state) && move(guide.back(state))}
      >
        上一步
      </Action>
      <Action className='btn btn-secondary grow guide-nav-btn' role='button' aria-label='重新开始' onClick={() => move(guide.restart())}>
        重新开始
      </Action>
    </View>
  )

  return (
    <PageShell className='guide'>
      {notice ? (
        <View className='notice guide-notice' role='alert'>
          {notice}已为您从第一个问题开始。
        </View>
      ) : null}

      {state.node ? (
        <View className='card guide-question'>
          <View className='guide-progress' aria-label={`第 ${progress.step} 步，共最多 ${progress.max} 步`}>
            <Text className='text-small guide-progress-text'>
              第 {progress.step} 步，共最多 {progress.max} 步
            </Text>
            <View className='guide-bar'>
              <View className='guide-bar-fill' style={{ width: `${Math.round((progress.step / progress.max) * 100)}%` }} />
            </View>
          </View>
          <View className='text-title guide-q' role='heading' aria-level={2}>
            {state.node.question}
          </View>
          {state.node.hint ? <Text className='text-small guide-hint'>{state.node.hint}</Text> : null}
          <View className='guide-options'>
            {state.node.options.map((option, i) => (
              <Action key={option.label} className='guide-option' role='button' aria-label={option.label} onClick={() => move(guide.answer(state, i))}>
                <Text className='guide-option-text'>{option.label}</Text>
                <Text className='guide-option-arrow'>›</Text>
              </Action>
            ))}
          </View>
          {nav}
        </View>
      ) : null}

      {channel ? (
        <View className='guide-result'>
          <View className='guide-done text-body' role='status'>
            {direct
              ? `这是「${channel.name}」的办理说明。不确定是否适合您的事，可以点「重新开始」回答几个问题。`
              : `回答了 ${state.answers.length} 个问题，找到了适合您的渠道：`}
          </View>
          <ChannelCard channel={channel} answers={direct ? [] : guide.summary(state)} links={linksFor(channel)} />
          {nav}
          {direct ? null : (
            <ShareButton
              className='guide-share'
              subject='这个结果'
              shareLabel='分享这个结果'
              copyLabel='复制这个结果的链接'
              copyText={() => `依法信访引导：${channel.name} ${linkTo(withQuery(ROUTES.guide, { a: encoded }))}`}
            />
          )}
        </View>
      ) : null}

      <SectionTitle title='更多工具' />
      <Action className='card row-between guide-tool' role='link' aria-label='信访流程图：从提出到复核，一步一步看' onClick={() => go(ROUTES.process)}>
        <View className='grow'>
          <Text className='text-large bold guide-tool-title'>信访流程图</Text>
          <Text className='text-small guide-tool-sub'>从提出到复核，一步一步看</Text>
        </View>
        <Text className='text-muted'>›</Text>
      </Action>
      <Action className='card row-between guide-tool' role='link' aria-label='期限计算：按您的日期算出每个期限' onClick={() => go(ROUTES.deadline)}>
        <View className='grow'>
          <Text className='text-large bold guide-tool-title'>期限计算</Text>
          <Text className='text-small guide-tool-sub'>按您的日期算出每个期限</Text>
        </View>
        <Text className='text-muted'>›</Text>
      </Action>
    </PageShell>
  )
}
