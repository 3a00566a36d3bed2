import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/PageShell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>活动详情</Text>
      </View>
    </PageShell>
  )
}
