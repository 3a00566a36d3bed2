import { Button } from '@tarojs/components'
import { copyToClipboard } from '@/services/clipboard'
import { Action } from '../Markup'
import './index.css'

export interface ShareButtonProps {
  /** What is shared, for the labels: 「这部动漫」, 「这条问答」, 「这场活动」. */
  subject: string
  /** Text copied where there is no share sheet (H5): usually a title and the page's link. */
  copyText: () => string
  /** Button text on weapp. */
  shareLabel?: string
  /** Button text on H5. */
  copyLabel?: string
  className?: string
}

/**
 * WeChat's share sheet on weapp (the page's useShareAppMessage decides what is sent); on H5,
 * which has no share sheet, a button that copies a link to send instead.
 */
export function ShareButton({ subject, copyText, shareLabel = '转发给家人朋友', copyLabel = '复制链接，发给家人朋友', className = '' }: ShareButtonProps) {
  const classes = `btn btn-secondary share-button ${className}`.trim()
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className={classes} openType='share' aria-label={`把${subject}转发给家人朋友`}>
        {shareLabel}
      </Button>
    )
  }
  const copy = () => copyToClipboard(copyText())
  return (
    <Action className={classes} role='button' aria-label={`复制${subject}的链接，发给家人朋友`} onClick={() => void copy()}>
      {copyLabel}
    </Action>
  )
}

/** The page's own address on H5 (for copying), or the given route elsewhere. */
export function currentLink(fallback: string): string {
  return typeof window !== 'undefined' && window.location ? window.location.href : fallback
}

/** A route as a full address on H5 (for a page whose URL does not carry its state), else the route. */
export function linkTo(route: string): string {
  return typeof window !== 'undefined' && window.location ? `${window.location.origin}${route}` : route
}
