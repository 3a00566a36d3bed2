import { Image, Text, View } from '@tarojs/components'
import type { ExplainerCard } from '@/core/content/types'
import { formatRef, isCarried } from '@/core/law/citations'
import { articleRoute } from '@/routes'
import { go } from '@/services/nav'
import { RefLinks } from '../RefLinks'
import { Action } from '../Markup'
import './index.css'

/** Where the build copies assets/explainers/png (inside the reader subpackage). */
export const CARD_IMAGE_BASE = '/packages/reader/images/'

export function cardImageSrc(card: Pick<ExplainerCard, 'image'>): string {
  return CARD_IMAGE_BASE + card.image
}

export interface PictureCardProps {
  card: ExplainerCard
  /**
   * `row`: thumbnail and headline, the whole row tappable (lists such as the reader's related cards);
   * `full`: headline, explanation, 「看条文」 and the citations.
   */
  variant?: 'row' | 'full'
  /** `full` only: show the picture above the headline (off when a Swiper already shows it). */
  showImage?: boolean
  /** `row` only: what a tap does. */
  onOpen?: () => void
}

/** One 图解 card: an illustration that makes one point, a headline, a few sentences, the articles it explains. */
export function PictureCard({ card, variant = 'full', showImage = true, onOpen }: PictureCardProps) {
  if (variant === 'row') {
    return (
      <Action className='picture-row card row' role='link' aria-label={`看图解：${card.title}`} onClick={() => onOpen?.()}>
        <Image className='picture-thumb' src={cardImageSrc(card)} mode='aspectFit' aria-label={card.alt} />
        <View className='grow picture-row-title'>{card.title}</View>
        <Text className='text-muted picture-row-arrow'>›</Text>
      </Action>
    )
  }
  const first = card.refs.find(isCarried)
  return (
    <View className='picture-card card'>
      {showImage ? <Image className='picture-image' src={cardImageSrc(card)} mode='widthFix' aria-label={card.alt} /> : null}
      <View className='picture-title' role='heading' aria-level={2}>
        {card.title}
      </View>
      <View className='picture-body'>{card.body}</View>
      {first ? (
        <Action className='btn btn-primary picture-read' role='link' aria-label={`看条文：${formatRef(first, { withLaw: first.law !== '信访工作条例' })}`} onClick={() => go(articleRoute(first))}>
          看条文 {formatRef({ law: first.law, article: first.article }, { withLaw: first.law !== '信访工作条例' })}
        </Action>
      ) : null}
      <RefLinks refs={card.refs} label='依据' />
    </View>
  )
}
