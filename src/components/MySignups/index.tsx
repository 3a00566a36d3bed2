import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { whenLabel } from '@/core/calendar'
import { messageOf } from '@/core/api/client'
import { signupStatusLabel } from '@/core/events/status'
import type { MySignup } from '@/core/events/types'
import { ROUTES, withQuery } from '@/routes'
import { cancelSignup, mySignups } from '@/services/events'
import { go } from '@/services/nav'
import { StateView } from '../StateView'
import { Action } from '../Markup'
import './index.css'

export interface MySignupsProps {
  /** Show cancelled sign-ups too (greyed). */
  showCancelled?: boolean
}

const canCancel = (s: MySignup) => s.status !== 'cancelled' && s.event?.status !== 'closed'

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; signups: MySignup[] }

/** The caller's sign-ups with status and check-in code; cancel asks for confirmation first. */
export function MySignups({ showCancelled = true }: MySignupsProps) {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [busy, setBusy] = useState<string | null>(null)
  const loading = useRef(false)

  const load = useCallback(async () => {
    if (loading.current) return
    loading.current = true
    try {
      setState({ kind: 'ready', signups: await mySignups() })
    } catch (e) {
      setState({ kind: 'error', message: messageOf(e) })
    } finally {
      loading.current = false
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])
  // Refresh whenever the page shows again (after signing up, or a waitlist promotion).
  useDidShow(() => {
    void load()
  })

  const cancel = async (s: MySignup) => {
    if (busy) return
    const res = await Taro.showModal({
      title: '取消报名',
      content: `确定取消「${s.event?.title ?? '该活动'}」的报名吗？取消后名额将按顺序让给候补的人。`,
      confirmText: '取消报名',
      cancelText: '再想想',
      confirmColor: '#B34A12'
    })
    if (!res?.confirm) return
    setBusy(s.id)
    try {
      await cancelSignup(s.id)
      Taro.showToast({ title: '已取消报名', icon: 'none' })
      loading.current = false
      await load()
    } catch (e) {
      Taro.showModal({ title: '取消失败', content: messageOf(e), showCancel: false })
    } finally {
      setBusy(null)
    }
  }

  if (state.kind === 'loading') return <StateView kind='loading' title='正在加载我的报名…' />
  if (state.kind === 'error') {
    return <StateView kind='error' title='我的报名加载失败' hint={state.message} actionLabel='重试' onAction={() => void load()} />
  }
  const list = state.signups.filter((s) => showCancelled || s.status !== 'cancelled')
  if (list.length === 0) {
    return <StateView kind='empty' title='还没有报名' hint='在「活动」里选一场宣讲或咨询，报名后会显示在这里' actionLabel='去看看活动' onAction={() => go(ROUTES.events)} />
  }
  return (
    <View className='my-signups'>
      {list.map((s) => {
        const status = signupStatusLabel(s)
        return (
          <View key={s.id} className={`card my-signup my-signup-${s.status}`}>
            <View className='row-between my-signup-top'>
              <Text className={`signup-status status-${s.status}`}>{status}</Text>
              <Text className='text-small'>{s.partySize} 人</Text>
            </View>
            <Action
              className='my-signup-event'
              role='link'
              aria-label={`${s.event?.title ?? '活动'}，${status}，查看活动详情`}
              onClick={() => s.event && go(withQuery(ROUTES.eventDetail, { id: s.event.id }))}
            >
              <Text className='my-signup-title'>{s.event?.title ?? '活动'}</Text>
              {s.event ? <Text className='text-small my-signup-when'>{whenLabel(s.event)}</Text> : null}
              {s.event ? <Text className='text-small'>{s.event.venue}</Text> : null}
              {s.name || s.phone ? <Text className='text-small'>报名人：{[s.name, s.phone].filter(Boolean).join(' ')}</Text> : null}
            </Action>
            {s.status !== 'cancelled' ? (
              <View className='my-signup-code row'>
                <Text className='text-small'>{s.status === 'waitlisted' ? '签到码（递补后有效）' : '签到码'}</Text>
                <Text className='my-signup-code-value' aria-label={`签到码 ${s.checkinCode.split('').join(' ')}`}>
                  {s.checkinCode}
                </Text>
                {s.checkedIn ? <Text className='text-small my-signup-checked'>已签到</Text> : null}
              </View>
            ) : null}
            {s.status === 'confirmed' && !s.checkedIn ? (
              <Action
                className='btn btn-secondary my-signup-qr'
                role='button'
                aria-label={`出示签到二维码：${s.event?.title ?? '活动'}`}
                onClick={() => go(withQuery(ROUTES.checkin, { code: s.checkinCode, title: s.event?.title }))}
              >
                出示签到二维码
              </Action>
            ) : null}
            {canCancel(s) ? (
              <Action
                className={`btn btn-danger my-signup-cancel ${busy === s.id ? 'btn-disabled' : ''}`}
                role='button'
                aria-label={`取消报名：${s.event?.title ?? ''}`}
                aria-disabled={busy === s.id}
                onClick={() => void cancel(s)}
              >
                {busy === s.id ? '正在取消…' : '取消报名'}
              </Action>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
