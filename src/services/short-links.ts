import type { ShortTarget } from '../core/links/short'
import { shortTargetPage } from '../links/short-pages'
import { go, openGuideChannel } from './nav'

/**
 * Opens what a scanned short link stands for. A guide channel goes through the guide tab's
 * hand-over (switchTab carries no query); other pages open by their route.
 */
export function openShortTarget(target: ShortTarget): void {
  if (target.kind === 'guide' && target.channel) openGuideChannel(target.channel)
  else go(shortTargetPage(target))
}
