import { Text, View } from '@tarojs/components'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { currentLink, ShareButton } from '@/components/ShareButton'
import { PageShell } from '@/components/PageShell'
import { useEvent } from '@/hooks/useEvent'
import { useMySignup } from '@/hooks/useMySignup'
import { EventLoadState } from '@/components/EventLoadState'
import {
  buildIcs,
  eventDate,
  hasCoordinates,
  icsFileName,
  kindLabel,
  relativeDayLabel,
  timeRange,
  whenLabel
} from '@/core/calendar'
import { beijingDate, formatDateCN } from '@/core/date'
import { seatsLabel, signupBlockedReason } from '@/core/events/status'
import type { PublicEvent } from '@/core/events/types'
import { ROUTES, withQuery } from '@/routes'
import { openMap } from '@/services/map'
import { addToPhoneCalendar } from '@/services/phone-calendar'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

const isWeapp = process.env.TARO_ENV === 'weapp'

function addToCalendar(e: PublicEvent) {
  if (isWeapp) {
    void addToPhoneCalendar(e)
    return
  }
  try {
    const url = typeof window !== 'undefined' ? window.location.href : undefined
    const blob = new Blob([buildIcs(e, { url })], { type: 'text/calendar;charset=utf-8' })
    const href = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = href
    a.download = icsFileName(e)
    a.style.display = 'none'
    document.body.appendChild(a)
    a.click()
    document.body.removeChild(a)
    setTimeout(() => URL.revokeObjectURL(href), 10000)
    Taro.showToast({ title: '已下载日历文件', icon: 'none' })
  } catch {
    Taro.showToast({ title: '未能生成日历文件', icon: 'none' })
  }
}

function Row({ label, value }: { label: string; value: string }) {
  if (!value) return null
  return (
    <View className='detail-row'>
      <Text className='detail-label'>{label}</Text>
      <Text className='detail-value'>{value}</Text>
    </View>
  )
}

export default function EventDetailPage() {
  const { params } = useRouter()
  const id = params?.id ?? ''
  const { data, reload } = useEvent(id)
  const mine = useMySignup(id, reload)

  useShareAppMessage(() => ({
    title: data.kind === 'ready' ? `${data.event.title} · ${whenLabel(data.event)}` : '活动详情',
    path: withQuery(ROUTES.eventDetail, { id })
  }))

  if (data.kind !== 'ready') {
    return <EventLoadState data={data} reload={reload} loadingTitle='正在加载活动详情…' errorTitle='活动详情加载失败' />
  }

  const e = data.event
  const blocked = signupBlockedReason(e)
  const signupLabel = e.status === 'full' ? '已满，可报名候补' : '我要报名'
  const relative = e.status === 'open' || e.status === 'full' ? relativeDayLabel(eventDate(e), beijingDate(Date.now())) : ''

  return (
    <PageShell className='event-detail'>
      <View className='card'>
        <View className='row-between wrap'>
          <Text className={`kind-badge badge-${e.kind}`}>{kindLabel(e.kind)}</Text>
          <Text className={`detail-status seats-${e.status}`}>{seatsLabel(e)}</Text>
        </View>
        <Text className='detail-title'>{e.title}</Text>
        <Row label='日期' value={formatDateCN(eventDate(e))} />
        <Row label='时间' value={timeRange(e)} />
        {relative ? <Text className='detail-relative text-small'>{relative}</Text> : null}
        <Row label='地点' value={e.venue} />
        <Row label='地址' value={e.address} />
        <Row label='区域' value={`${e.district}区`} />
        <Row label='主讲' value={e.speaker} />
        <Row label='名额' value={`共 ${e.capacity} 个，${e.status === 'open' ? `剩余 ${e.seatsLeft} 个` : seatsLabel(e)}`} />
      </View>

      {e.summary ? (
        <View className='card'>
          <Text className='detail-section'>活动介绍</Text>
          <Text className='detail-summary'>{e.summary}</Text>
        </View>
      ) : null}

      <View className='detail-actions row'>
        {hasCoordinates(e) ? (
          <Action
            className='btn btn-secondary detail-action'
            role='button'
            aria-label={`导航到${e.venue}`}
            onClick={() => void openMap({ latitude: e.latitude, longitude: e.longitude, name: e.venue, address: e.address })}
          >
            导航
          </Action>
        ) : null}
        <Action className='btn btn-secondary detail-action' role='button' aria-label='加入日历' onClick={() => addToCalendar(e)}>
          加入日历
        </Action>
        <ShareButton className='detail-action detail-share' subject='这场活动' shareLabel='分享' copyLabel='复制链接' copyText={() => `${e.title} ${currentLink(withQuery(ROUTES.eventDetail, { id: e.id }))}`} />
      </View>

      {mine ? (
        <View className='card detail-mine' role='status'>
          <Text className='text-large bold'>
            {mine.status === 'waitlisted' ? `您已报名候补：第 ${mine.position ?? '?'} 位` : '您已报名这场活动'}
          </Text>
          <Text className='text-small'>签到码 {mine.checkinCode}，在「我的报名」中可以随时查看或取消。</Text>
          <Action className='btn btn-primary detail-signup' role='button' aria-label='查看我的报名' onClick={() => go(ROUTES.mine)}>
            查看我的报名
          </Action>
          {blocked ? null : (
            <Action className='link detail-other' role='link' aria-label='用另一个手机号为家人报名' onClick={() => go(withQuery(ROUTES.signup, { id: e.id }))}>
              用另一个手机号为家人报名 ›
            </Action>
          )}
        </View>
      ) : (
        <Action
          className={`btn btn-primary detail-signup ${blocked ? 'btn-disabled' : ''}`}
          role='button'
          aria-label={blocked ? `不能报名：${blocked}` : signupLabel}
          aria-disabled={Boolean(blocked)}
          onClick={() => !blocked && go(withQuery(ROUTES.signup, { id: e.id }))}
        >
          {blocked ? (e.status === 'cancelled' ? '活动已取消' : '报名已截止') : signupLabel}
        </Action>
      )}
      {blocked && !mine ? <Text className='detail-blocked text-small'>{blocked}</Text> : null}
      <Text className='detail-privacy text-small'>报名只收集姓名、手机号和人数，用于报名、签到和必要时联系您。</Text>
    </PageShell>
  )
}
