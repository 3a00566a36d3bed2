import { Text, View } from '@tarojs/components'
import { PageShell } from '../../../../components/PageShell'

export default function Page() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>个人信息保护说明</Text>
      </View>
    </PageShell>
  )
}
