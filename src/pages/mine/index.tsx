import { Switch, Text, View } from '@tarojs/components'
import { FavouriteList } from '@/components/FavouriteList'
import { MySignups } from '@/components/MySignups'
import { PageShell } from '@/components/PageShell'
import { SectionTitle } from '@/components/SectionTitle'
import { useCareMode } from '@/hooks/useCareMode'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { usePageShare } from '@/hooks/usePageShare'
import { Action } from '@/components/Markup'
import './index.css'

const LINKS = [
  { label: '联系信访部门', url: ROUTES.contact },
  { label: '个人信息保护说明', url: ROUTES.privacy },
  { label: '关于本程序', url: ROUTES.about }
]

export default function MinePage() {
  usePageShare('依法信访：学条例、找渠道、查问答', ROUTES.home)
  const [care, setCare] = useCareMode()
  return (
    <PageShell className='mine'>
      <SectionTitle title='我的报名' />
      <MySignups />
      <SectionTitle title='设置' />
      <View className='card row-between care-switch'>
        <View className='grow'>
          <Text className='text-large bold'>关怀模式</Text>
          <View>
            <Text className='text-small'>字更大、对比更强，方便阅读</Text>
          </View>
        </View>
        <Switch
          className='care-switch-control'
          checked={care}
          color='#1F5FAD'
          aria-label={care ? '关怀模式已开启，点按关闭' : '关怀模式已关闭，点按开启'}
          onChange={(e) => setCare(Boolean(e.detail.value))}
        />
      </View>
      <SectionTitle title='我的收藏' />
      <FavouriteList />
      <SectionTitle title='更多' />
      {LINKS.map((link) => (
        <Action key={link.url} className='card row-between mine-link' role='link' aria-label={link.label} onClick={() => go(link.url)}>
          <Text className='text-body'>{link.label}</Text>
          <Text className='text-muted'>›</Text>
        </Action>
      ))}
    </PageShell>
  )
}
