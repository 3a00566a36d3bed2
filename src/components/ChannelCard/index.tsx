import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NATIONAL_HOTLINES } from '@/content/hotlines'
import { splitHotlines } from '@/core/contact/hotlines'
import type { Cited, GuideChannel, GuideSummaryItem } from '@/core/guide/types'
import { uniqueRefs } from '@/core/law/citations'
import { go } from '@/services/nav'
import { RefLinks } from '../RefLinks'
import { Action, InlineAction } from '../Markup'
import './index.css'

export interface ChannelCardLink {
  label: string
  url: string
}

export interface ChannelCardProps {
  channel: GuideChannel
  /** The questions answered on the way here, shown as 「您的回答」. */
  answers?: GuideSummaryItem[]
  /** Follow-up links under the card (e.g. 期限计算 with a stage, 信访流程图). */
  links?: ChannelCardLink[]
}

const HOTLINE_NUMBERS = Object.keys(NATIONAL_HOTLINES)

/**
 * One statement with its citations (RefLinks: articles the reader carries are links, other laws'
 * articles plain text). `refs={false}` leaves the citations to a list shown elsewhere.
 */
export function CitedItem({ item, bullet = true, refs = true }: { item: Cited; bullet?: boolean; refs?: boolean }) {
  return (
    <View className={`cited ${bullet ? 'cited-bullet' : ''}`.trim()}>
      <Text className='cited-text text-body'>
        {splitHotlines(item.text, HOTLINE_NUMBERS).map((part, i) =>
          part.phone ? (
            <InlineAction
              key={i}
              className='cited-phone'
              role='button'
              aria-label={`拨打 ${part.phone}（${NATIONAL_HOTLINES[part.phone]}）`}
              onClick={() => void Taro.makePhoneCall({ phoneNumber: part.phone! }).catch(() => undefined)}
            >
              {part.text}
            </InlineAction>
          ) : (
            part.text
          )
        )}
      </Text>
      {refs ? <RefLinks refs={item.refs} withLaw /> : null}
    </View>
  )
}

function Section({ title, items, tone = 'plain', id }: { title: string; items: Cited[]; tone?: 'plain' | 'accent'; id: string }) {
  if (!items.length) return null
  return (
    <View className={`channel-section channel-section-${tone} channel-${id}`} aria-label={title}>
      <Text className='channel-section-title text-large'>{title}</Text>
      {items.map((item) => (
        <CitedItem key={item.text} item={item} />
      ))}
    </View>
  )
}

/**
 * The guide's result: which door to knock on, who is behind it, how to start, what to bring, the
 * time limits (accent colour), what happens next and what not to do — every statement cited.
 */
export function ChannelCard({ channel, answers = [], links = [] }: ChannelCardProps) {
  return (
    <View className='channel-card card'>
      <Text className='channel-kicker text-small'>建议您走这个渠道</Text>
      <View className='channel-name text-hero' role='heading' aria-level={2}>
        {channel.name}
      </View>
      {/* The summary's citations and the card's main ones form one 主要依据 line, each once. */}
      <CitedItem item={channel.summary} bullet={false} refs={false} />
      <View className='channel-main-refs'>
        <RefLinks refs={uniqueRefs([...channel.summary.refs, ...channel.refs])} label='主要依据' withLaw />
      </View>

      <Section id='handler' title='谁来办' items={[channel.handler]} />
      <Section id='start' title='怎么开始' items={channel.howToStart} />
      <Section id='prepare' title='要准备什么' items={channel.prepare} />
      <Section id='limits' title='时间限制' items={channel.limits} tone='accent' />
      <Section id='next' title='接下来会怎样' items={channel.next} />
      <Section id='dont' title='不要这样做' items={channel.dont} tone='accent' />

      {answers.length ? (
        <View className='channel-section channel-answers' aria-label='您的回答'>
          <Text className='channel-section-title text-large'>您的回答</Text>
          {answers.map((a, i) => (
            <View key={a.nodeId} className='channel-answer'>
              <Text className='channel-answer-q text-small'>
                {i + 1}. {a.question}
              </Text>
              <Text className='channel-answer-a text-body'>{a.answer}</Text>
            </View>
          ))}
        </View>
      ) : null}

      {links.length ? (
        <View className='channel-links'>
          {links.map((link) => (
            <Action key={link.url} className='btn btn-secondary channel-link' role='link' aria-label={link.label} onClick={() => go(link.url)}>
              {link.label}
            </Action>
          ))}
        </View>
      ) : null}
    </View>
  )
}
