import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/PageShell'

export default function QaPage() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>信访问答</Text>
      </View>
    </PageShell>
  )
}
