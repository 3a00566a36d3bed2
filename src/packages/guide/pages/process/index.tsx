import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { ProcessFlow } from '@/components/ProcessFlow'
import { PROCESS_STEPS } from '@/content/guide/process'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'

export default function ProcessPage() {
  return (
    <PageShell className='process'>
      <View className='card'>
        <Text className='text-title' style={{ display: 'block' }}>
          信访流程图
        </Text>
        <Text className='text-small'>依据《信访工作条例》，从提出到复核。点按每一步，查看说明和条文。</Text>
      </View>
      <ProcessFlow steps={PROCESS_STEPS} />
      <Action className='btn btn-primary' role='link' aria-label='期限计算：按您的日期算出每个期限' onClick={() => go(ROUTES.deadline)}>
        按我的日期算期限
      </Action>
    </PageShell>
  )
}
