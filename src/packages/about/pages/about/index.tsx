import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { LAWS } from '@/content/laws'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

/**
 * The app's version, as in package.json (a test checks they agree; importing package.json would
 * ship the whole file in the bundle).
 */
const APP_VERSION = '0.1.0'

/** 「信访工作条例」「行政复议法」… as the app carries them. */
const LAW_TITLES = LAWS.map((l) => `《${l.title}》`).join('、')

export default function AboutPage() {
  return (
    <PageShell className='about'>
      <View className='card'>
        <Text className='text-title about-name'>依法信访</Text>
        <Text className='text-body about-paragraph'>
          一个学习《信访工作条例》（2022年）的普法小程序：读条文原文、看图解、按引导图找对渠道、算期限、查问答、报名普法活动。
        </Text>
        <Text className='text-body about-paragraph'>
          本程序只用于学习和查询，不能在这里提交信访；正式信访请通过当地公布的网上信访平台、来信地址、电话或接待场所。
        </Text>
      </View>

      <View className='section-title'>
        <Text>条文从哪里来</Text>
      </View>
      <View className='card'>
        <Text className='text-body about-paragraph'>
          程序收录的{LAW_TITLES}为国家机关公开发布的正式文本。依照《中华人民共和国著作权法》第五条，法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件及其官方正式译文，不适用著作权法。本程序照录这些公开文本。
        </Text>
      </View>

      <View className='section-title'>
        <Text>解读不是法律意见</Text>
      </View>
      <View className='card'>
        <Text className='text-body about-paragraph'>
          问答、图解、引导图和条文解读，是我们用通俗的话对条文的理解，供学习参考，不是法律意见，也不代表任何机关对具体事项的答复。遇到具体问题，请以条文原文和有关机关的答复为准，必要时咨询律师或拨打 12348 法律服务热线。
        </Text>
      </View>

      <View className='card row-between about-version'>
        <Text className='text-body'>版本</Text>
        <Text className='text-body text-muted'>{APP_VERSION}</Text>
      </View>

      <Action className='btn btn-secondary about-contact' role='link' aria-label='联系信访部门' onClick={() => go(ROUTES.contact)}>
        联系信访部门
      </Action>
    </PageShell>
  )
}
