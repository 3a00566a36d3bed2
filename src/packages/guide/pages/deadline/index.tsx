import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/PageShell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>期限计算</Text>
      </View>
    </PageShell>
  )
}
