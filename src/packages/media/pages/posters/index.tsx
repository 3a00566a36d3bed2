import { Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { PageShell } from '@/components/PageShell'
import { defaultSaveMode, PosterGallery } from '@/components/PosterGallery'
import { POSTERS } from '@/content/media'
import { ROUTES } from '@/routes'
import { media } from '@/services/media'
import './index.css'

export default function PostersPage() {
  useShareAppMessage(() => ({ title: '依法信访普法海报', path: ROUTES.posters, imageUrl: POSTERS[0] ? media(POSTERS[0].image) : undefined }))
  const album = defaultSaveMode() === 'album'
  return (
    <PageShell className='posters-page'>
      <View className='posters-intro'>
        <Text className='text-title'>普法海报</Text>
        <Text className='text-small posters-hint'>
          {album ? '点海报看大图，左右滑动翻看；点“保存到相册”存到手机里，方便转发。' : '点海报看大图，左右滑动翻看；点“下载海报”保存到手机或电脑。'}
        </Text>
      </View>
      <PosterGallery />
    </PageShell>
  )
}
