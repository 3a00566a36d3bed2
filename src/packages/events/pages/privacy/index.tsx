import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { PageShell } from '@/components/PageShell'
import { privacyNotice } from '@/content/privacy-notice'
import type { RetentionPolicy } from '@/core/privacy/retention'
import { DEFAULT_RETENTION, fetchRetentionPolicy } from '@/services/privacy'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

/**
 * What the sign-up form collects, why, for how long and who sees it. The retention periods are
 * the server's own (GET /api/privacy); offline, the defaults are shown and marked as such.
 */
export default function PrivacyPage() {
  const [policy, setPolicy] = useState<RetentionPolicy>(DEFAULT_RETENTION)
  const [unverified, setUnverified] = useState(false)
  useEffect(() => {
    let live = true
    fetchRetentionPolicy()
      .then((p) => live && setPolicy(p))
      .catch(() => live && setUnverified(true))
    return () => {
      live = false
    }
  }, [])

  return (
    <PageShell className='privacy-page'>
      <View className='card'>
        <Text className='privacy-title'>个人信息保护说明</Text>
        <Text className='text-body'>适用于本程序的活动报名（巡回宣讲、律师+信访、公开听证等）。</Text>
      </View>
      {privacyNotice(policy).map((s) => (
        <View key={s.title} className='card privacy-section'>
          <Text className='privacy-heading'>{s.title}</Text>
          {s.items.map((item) => (
            <View key={item} className='privacy-item row'>
              <Text className='privacy-bullet'>•</Text>
              <Text className='grow'>{item}</Text>
            </View>
          ))}
          {s.title === '保存多久' && unverified ? (
            <View className='privacy-note' role='note'>
              暂时连不上服务器，以上是默认保存期限；如有调整，以联网后显示的为准。
            </View>
          ) : null}
        </View>
      ))}
      <View className='card privacy-section'>
        <Text className='privacy-heading'>联系我们</Text>
        <Text className='text-body'>对个人信息处理有疑问，或需要行使上述权利，请通过信访部门的联系方式与我们联系。</Text>
        <Action className='btn btn-secondary privacy-contact' role='link' aria-label='联系信访部门' onClick={() => go(ROUTES.contact)}>
          联系信访部门
        </Action>
      </View>
    </PageShell>
  )
}
