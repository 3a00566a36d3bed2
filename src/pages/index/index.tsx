import { Box, Span } from '@/components/Markup'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ClipList } from '@/components/ClipList'
import { FeatureGrid, type Feature } from '@/components/FeatureGrid'
import { HotQuestions } from '@/components/HotQuestions'
import { PageShell } from '@/components/PageShell'
import { SectionTitle } from '@/components/SectionTitle'
import { UpcomingEvents } from '@/components/UpcomingEvents'
import { ROUTES } from '@/routes'
import { usePageShare } from '@/hooks/usePageShare'
import './index.css'

const FEATURES: Feature[] = [
  { title: '条例原文', subtitle: '《信访工作条例》6章50条', url: ROUTES.toc, glyph: '条' },
  { title: '条例图解', subtitle: '一张图看懂一章', url: ROUTES.cards, glyph: '图' },
  { title: '依法信访引导图', subtitle: '问几个问题，找对渠道', url: ROUTES.guide, glyph: '引' },
  { title: '信访流程', subtitle: '从提出到复核，一步一步', url: ROUTES.process, glyph: '流' },
  { title: '期限计算', subtitle: '按您的日期算出每个期限', url: ROUTES.deadline, glyph: '期' },
  { title: '信访问答', subtitle: '口语提问也能找到答案', url: ROUTES.qa, glyph: '问' },
  { title: '活动报名', subtitle: '巡回宣讲、律师值班', url: ROUTES.events, glyph: '约' },
  { title: '动漫宣传片', subtitle: '几分钟看懂依法信访', url: ROUTES.clips, glyph: '播' },
  { title: '普法海报', subtitle: '要点海报，可保存分享', url: ROUTES.posters, glyph: '报' },
  { title: '联系信访部门', subtitle: '地址、电话、接待时间', url: ROUTES.contact, glyph: '联' }
]

// H5 fetches these as a chunk of their own; a mini-program cannot load chunks, so there they stay
// in the bundle (the condition is a build-time constant).
const loadShortLinks = () =>
  process.env.TARO_ENV === 'h5'
    ? Promise.all([import('@/links/short-pages'), import('@/services/short-links')])
    : Promise.all([import(/* webpackMode: "eager" */ '@/links/short-pages'), import(/* webpackMode: "eager" */ '@/services/short-links')])

export default function HomePage() {
  usePageShare('依法信访：学条例、找渠道、查问答', ROUTES.home)
  // A scanned printed QR code opens this page with the short URL in `q` (WeChat's rule for
  // 「扫普通链接二维码打开小程序」); an unknown link arrives with a note to show.
  const { params } = useRouter()
  // The short-link tables bind the laws, channels and posters, so they load only for such a launch
  // and stay out of the home page's own code.
  const [note, setNote] = useState<string>()
  useEffect(() => {
    if (!params.q && !params.note) return
    void loadShortLinks().then(([{ launchAction }, { openShortTarget }]) => {
      const launch = launchAction(params)
      if (launch.open) openShortTarget(launch.open)
      setNote(launch.note)
    })
    // Launch options are read once, as the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <PageShell className='home'>
      {note ? (
        <Box className='notice home-note' role='alert'>
          {note}
        </Box>
      ) : null}
      <Box className='home-hero card'>
        <Span className='text-hero home-hero-title'>依法信访</Span>
        <Span className='text-body home-hero-text'>学习《信访工作条例》，找对渠道，按时办事。</Span>
      </Box>
      <FeatureGrid features={FEATURES} />
      <SectionTitle title='近期活动' moreUrl={ROUTES.events} moreLabel='全部活动' />
      <UpcomingEvents limit={3} />
      <SectionTitle title='热门问题' moreUrl={ROUTES.qa} moreLabel='去问答' />
      <HotQuestions limit={4} />
      <ClipList title='动漫宣传片' limit={2} variant='row' showRefs={false} />
    </PageShell>
  )
}
