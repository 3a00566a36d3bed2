import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PageShell } from '@/components/PageShell'
import { RefLinks } from '@/components/RefLinks'
import { BUREAU, SAMPLE_LABEL } from '@/config/bureau'
import { CONTACT_HOTLINES, NATIONAL_HOTLINES, NATIONAL_ONLINE_CHANNEL } from '@/content/hotlines'
import { ROUTES } from '@/routes'
import { go } from '@/services/nav'
import { copyToClipboard } from '@/services/clipboard'
import { Action } from '@/components/Markup'
import './index.css'

interface Field {
  label: string
  value: string
  /** Real values only: what tapping the row does. */
  action?: { label: string; run: () => void }
}

function copy(label: string, data: string) {
  void copyToClipboard(data, `${label}已复制`)
}

export default function ContactPage() {
  const sample = BUREAU.isSample
  const phoneDigits = BUREAU.phone.replace(/[^0-9-]/g, '')
  const fields: Field[] = [
    { label: '单位', value: BUREAU.name },
    { label: '来访接待地址', value: BUREAU.address, action: { label: '复制地址', run: () => copy('地址', BUREAU.address) } },
    { label: '接待时间', value: BUREAU.receptionHours },
    { label: '咨询投诉电话', value: BUREAU.phone, action: { label: '拨打电话', run: () => Taro.makePhoneCall({ phoneNumber: phoneDigits }).catch(() => undefined) } },
    { label: '网上信访', value: BUREAU.onlineChannel },
    { label: '来信地址', value: BUREAU.mailingAddress, action: { label: '复制来信地址', run: () => copy('来信地址', BUREAU.mailingAddress) } },
    { label: '办理进度查询', value: BUREAU.progressQuery }
  ]
  return (
    <PageShell className='contact'>
      {sample ? (
        <View className='notice contact-sample' role='note' aria-label={SAMPLE_LABEL}>
          <Text className='bold'>{SAMPLE_LABEL}</Text>
          <Text className='contact-sample-hint'>下面的地址、电话、时间都是示例，不能用来联系。请以当地信访局在官方网站、公告栏公布的为准。</Text>
        </View>
      ) : null}

      <View className='card'>
        {fields.map((f) => (
          <View key={f.label} className='contact-field'>
            <View className='row-between'>
              <Text className='text-small contact-label'>{f.label}</Text>
              {sample ? <Text className='contact-tag'>示例</Text> : null}
            </View>
            <Text className='text-body contact-value'>{f.value}</Text>
            {!sample && f.action ? (
              <Action className='text-small link contact-action' role='button' aria-label={`${f.action.label}：${f.value}`} onClick={f.action.run}>
                {f.action.label}
              </Action>
            ) : null}
          </View>
        ))}
      </View>

      <View className='section-title'>
        <Text>全国都能用的渠道</Text>
      </View>
      <View className='card contact-national'>
        <Text className='text-body bold'>{NATIONAL_ONLINE_CHANNEL.name}</Text>
        <Text className='text-body contact-paragraph'>{NATIONAL_ONLINE_CHANNEL.howTo}</Text>
        {CONTACT_HOTLINES.map((number) => (
          <View key={number} className='row-between contact-hotline'>
            <Text className='text-body'>
              {NATIONAL_HOTLINES[number]} {number}
            </Text>
            <Action
              className='text-small link contact-action'
              role='button'
              aria-label={`拨打${NATIONAL_HOTLINES[number]} ${number}`}
              onClick={() => void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)}
            >
              拨打
            </Action>
          </View>
        ))}
      </View>

      <View className='section-title'>
        <Text>可以用哪些方式反映</Text>
      </View>
      <View className='card'>
        <Text className='text-body contact-paragraph'>
          根据《信访工作条例》第十七条，公民、法人或者其他组织可以采用信息网络、书信、电话、传真、走访等形式，向各级机关、单位反映情况，提出建议、意见或者投诉请求。
        </Text>
        <Text className='text-body contact-paragraph'>
          第十八条要求各级机关、单位向社会公布网络信访渠道、通信地址、咨询投诉电话、信访接待的时间和地点、查询信访事项处理进展以及结果的方式等。
        </Text>
        <Text className='text-body contact-paragraph'>网上信访可以不用跑路：{BUREAU.onlineChannel}。</Text>
        <RefLinks
          refs={[
            { law: '信访工作条例', article: 17 },
            { law: '信访工作条例', article: 18 }
          ]}
        />
      </View>

      <Text className='text-small contact-footnote'>本程序只用于学习条例和查问答，不能在这里提交信访。</Text>
      <Action className='btn btn-secondary contact-guide' role='link' aria-label='打开依法信访引导图，先看看该走哪条路' onClick={() => go(ROUTES.guide)}>
        先看看该走哪条路（引导图）
      </Action>
    </PageShell>
  )
}
