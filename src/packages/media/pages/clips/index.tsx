import { Text, View } from '@tarojs/components'
import './index.css'
import { useShareAppMessage } from '@tarojs/taro'
import { ClipList } from '@/components/ClipList'
import { PageShell } from '@/components/PageShell'
import { ROUTES } from '@/routes'

export default function ClipsPage() {
  useShareAppMessage(() => ({ title: '法治信访动漫宣传片', path: ROUTES.clips }))
  return (
    <PageShell className='clips-page'>
      <View className='clips-intro'>
        <Text className='text-title'>动漫宣传片</Text>
        <Text className='text-small clips-intro-hint'>每部一分钟左右，带中文字幕，讲一件事。点画面播放，点条文看原文。</Text>
      </View>
      <ClipList />
    </PageShell>
  )
}
