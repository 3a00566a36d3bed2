import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Image, Swiper, SwiperItem, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ChipTabs } from '@/components/ChipTabs'
import { PageShell } from '@/components/PageShell'
import { cardImageSrc, PictureCard } from '@/components/PictureCard'
import { EXPLAINERS } from '@/content/explainers'
import { cardIndex, clampIndex, pickChapter } from '@/core/reader/navigation'
import { ROUTES, withQuery } from '@/routes'
import { go } from '@/services/nav'
import { Action } from '@/components/Markup'
import './index.css'

function shortTitle(title: string): string {
  return title.split(/\s+/)[0]
}

/** 条例图解: a chapter's picture cards in a Swiper, with buttons for those who cannot swipe. */
export default function CardsPage() {
  const { params } = useRouter()
  const [chapterNo, setChapterNo] = useState(() => pickChapter(EXPLAINERS, params.chapter))
  const chapter = EXPLAINERS.find((c) => c.chapter === chapterNo) ?? EXPLAINERS[0]
  const [index, setIndex] = useState(() => cardIndex(chapter, params.card))
  const count = chapter.cards.length
  const current = chapter.cards[clampIndex(index, count)]

  const selectChapter = (n: number) => {
    setChapterNo(n)
    setIndex(0)
  }
  useShareAppMessage(() => ({
    title: `图解${chapter.title}：${current?.title ?? ''}`,
    path: withQuery(ROUTES.cards, { chapter: chapter.chapter, card: current?.id })
  }))
  const step = (delta: number) => setIndex((i) => clampIndex(i + delta, count))

  return (
    <PageShell className='cards'>
      <ChipTabs
        className='cards-tabs'
        ariaLabel='选择章节'
        selected={chapter.chapter}
        onSelect={selectChapter}
        tabs={EXPLAINERS.map((c) => ({ key: c.chapter, label: shortTitle(c.title), ariaLabel: c.title }))}
      />
      <View className='row-between cards-heading'>
        <View className='text-title grow' role='heading' aria-level={1}>
          {chapter.title}
        </View>
        <Text className='text-small cards-count'>
          {index + 1} / {count}
        </Text>
      </View>

      <Swiper
        key={chapter.chapter}
        className='cards-swiper'
        current={clampIndex(index, count)}
        indicatorDots
        indicatorColor='rgba(0, 0, 0, 0.25)'
        indicatorActiveColor='#1F5FAD'
        onChange={(e) => setIndex(e.detail.current)}
      >
        {chapter.cards.map((card) => (
          <SwiperItem key={card.id} className='cards-slide'>
            <Image className='cards-image' src={cardImageSrc(card)} mode='aspectFit' aria-label={card.alt} />
          </SwiperItem>
        ))}
      </Swiper>

      <View className='row cards-steps'>
        <Action
          className={`btn btn-secondary grow cards-step ${index <= 0 ? 'btn-disabled' : ''}`}
          role='button'
          aria-disabled={index <= 0}
          aria-label='上一张'
          onClick={() => step(-1)}
        >
          ‹ 上一张
        </Action>
        <Action
          className={`btn btn-secondary grow cards-step ${index >= count - 1 ? 'btn-disabled' : ''}`}
          role='button'
          aria-disabled={index >= count - 1}
          aria-label='下一张'
          onClick={() => step(1)}
        >
          下一张 ›
        </Action>
      </View>

      {current ? <PictureCard key={current.id} card={current} showImage={false} /> : null}

      <Action className='link text-small cards-toc' role='link' aria-label='打开条例目录' onClick={() => go(withQuery(ROUTES.toc, {}))}>
        查看《信访工作条例》目录 ›
      </Action>
    </PageShell>
  )
}
