import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/PageShell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>条例目录</Text>
      </View>
    </PageShell>
  )
}
