import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/PageShell'

export default function EventsPage() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>活动日历</Text>
      </View>
    </PageShell>
  )
}
