import { Text, View } from '@tarojs/components'
import { PageShell } from '../../components/PageShell'

export default function GuidePage() {
  return (
    <PageShell>
      <View className='card'>
        <Text className='text-title'>依法信访引导图</Text>
      </View>
    </PageShell>
  )
}
