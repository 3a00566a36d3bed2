import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { CheckinQr } from '@/components/CheckinQr'
import { PageShell } from '@/components/PageShell'
import { useEvent } from '@/hooks/useEvent'
import { SignupForm } from '@/components/SignupForm'
import { EventLoadState } from '@/components/EventLoadState'
import { whenLabel } from '@/core/calendar'
import { signupBlockedReason } from '@/core/events/status'
import type { PublicEvent, SignupResult } from '@/core/events/types'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

function Result({ event, result, note }: { event: PublicEvent; result: SignupResult; note?: string }) {
  const confirmed = result.status === 'confirmed'
  return (
    <View className='signup-result'>
      <View className={`card signup-result-head ${confirmed ? 'result-ok' : 'result-wait'}`} role='status'>
        <Text className='result-title'>{confirmed ? '报名成功' : `已进入候补：候补第 ${result.position ?? '?'} 位`}</Text>
        <Text className='text-body'>{event.title}</Text>
        <Text className='text-small'>{whenLabel(event)}</Text>
        <Text className='text-small'>{event.venue}</Text>
        {confirmed ? null : <Text className='text-small result-explain'>有人取消时按报名顺序递补，递补后「我的报名」中的状态会变为「已报名」。</Text>}
        {note ? <Text className='text-small result-explain'>{note}</Text> : null}
      </View>
      {confirmed ? (
        <View className='card'>
          <Text className='text-small'>到场后向工作人员出示签到码或二维码。在「我的 → 我的报名」中随时可以再次查看。</Text>
          <CheckinQr code={result.checkinCode} />
        </View>
      ) : (
        // No QR for the waitlist: a code on screen reads like a seat, and people would travel for nothing.
        <View className='card notice' role='note'>
          <Text className='text-body'>候补还没有座位，请先不要前往现场。递补成功后，「我的报名」中会显示「已报名」，再凭签到码 {result.checkinCode} 入场。</Text>
        </View>
      )}
      <Action className='btn btn-primary' role='button' aria-label='查看我的报名' onClick={() => go(ROUTES.mine)}>
        查看我的报名
      </Action>
      <Action className='btn btn-secondary result-back' role='button' aria-label='返回活动日历' onClick={() => go(ROUTES.events)}>
        返回活动日历
      </Action>
    </View>
  )
}

export default function SignupPage() {
  const { params } = useRouter()
  const id = params?.id ?? ''
  const { data, reload } = useEvent(id)
  const [done, setDone] = useState<{ result: SignupResult; note?: string } | null>(null)

  if (data.kind !== 'ready') return <EventLoadState data={data} reload={reload} />
  const e = data.event
  if (done) {
    return (
      <PageShell>
        <Result event={e} result={done.result} note={done.note} />
      </PageShell>
    )
  }
  return (
    <PageShell className='signup-page'>
      <View className='card signup-event'>
        <Text className='signup-event-title'>{e.title}</Text>
        <Text className='text-small'>{whenLabel(e)}</Text>
        <Text className='text-small'>
          {e.venue}（{e.district}区）
        </Text>
      </View>
      <SignupForm
        eventId={e.id}
        full={e.status === 'full'}
        seatsLeft={e.status === 'open' ? e.seatsLeft : undefined}
        blockedReason={signupBlockedReason(e)}
        onSuccess={(result, note) => {
          setDone({ result, note })
          Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 })?.catch?.(() => undefined)
        }}
      />
    </PageShell>
  )
}
