import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CheckinQr } from '@/components/CheckinQr'
import { PageShell } from '@/components/PageShell'
import { StateView } from '@/components/StateView'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'

/**
 * The check-in QR opened from 我的报名 (the QR code library stays in this subpackage, out of the
 * main package where 我的 lives).
 */
export default function CheckinPage() {
  const { params } = useRouter()
  const code = /^[A-Za-z0-9]{4,16}$/.test(params?.code ?? '') ? (params!.code as string) : ''
  const title = params?.title ? safeDecode(params.title) : ''
  if (!code) {
    return (
      <PageShell className='checkin-page'>
        <StateView kind='error' title='没有找到签到码' hint='请回到「我的报名」重新打开。' actionLabel='我的报名' onAction={() => go(ROUTES.mine)} />
      </PageShell>
    )
  }
  return (
    <PageShell className='checkin-page'>
      <View className='card'>
        {title ? (
          <View className='text-title' role='heading' aria-level={1}>
            {title}
          </View>
        ) : null}
        <Text className='text-small'>到场后向工作人员出示这个二维码或签到码。</Text>
        <CheckinQr code={code} />
      </View>
    </PageShell>
  )
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
