/**
 * The H5 home page on a mid-range phone over 4G (150 ms RTT, 1.6 Mbps, 4x CPU slowdown; the
 * same measurement as `npm run bench`, which prints the real figures). Before this budget the
 * home page took 7.3 s and 1.1 MB.
 */
import { FAQ } from '../../src/content/faq'
import { LAWS } from '../../src/content/laws'
import { measureHomeLoad } from '../../scripts/h5/phone-load'
import { useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(240000)

/** Bytes on the wire before the home content shows: deterministic for a given build. */
const TRANSFER_BUDGET = 300 * 1024
/**
 * The target is 2.5 s (the bench's figure); this shared 2-core machine runs eight builds
 * at once, so the test holds a looser bound that the old build (7.3 s) still fails by far.
 */
const TIME_BOUND_MS = 5000

/** Text that only other pages' code carries: the home page must not download it. */
function foreignMarkers(): Record<string, string> {
  const fuyi = LAWS.find((l) => l.id === 'xingzheng-fuyi-2023')!
  const faq = FAQ.find((e) => e.id === 'faq-channels')!
  return {
    'law text (reader)': fuyi.chapters[0].articles[0].paragraphs[0].slice(0, 24),
    'Q&A answers': faq.short.slice(0, 20),
    'search index': '"dl":[',
    'swiper (图解 cards)': 'swiper-wrapper',
    'video player (media)': '字幕已打开，点一下关闭',
    'sign-up page (events)': '有人取消时按报名顺序递补'
  }
}

test('on a phone over 4G the home page shows within budget and loads only its own code', async () => {
  const load = await measureHomeLoad(suite.browser, suite.server.url)
  console.log(
    `home visible after ${load.visibleMs} ms, ${(load.transferredBeforeVisible / 1024).toFixed(1)} KB transferred before; ` +
      `home JS ${(load.scriptDecodedBytes / 1024).toFixed(1)} KB (${(load.scriptTransferBytes / 1024).toFixed(1)} KB on the wire)`
  )
  expect(load.transferredBeforeVisible).toBeLessThanOrEqual(TRANSFER_BUDGET)
  expect(load.visibleMs).toBeLessThanOrEqual(TIME_BOUND_MS)

  const scripts = load.resources.filter((r) => r.path.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(1)
  const carried: string[] = []
  for (const script of scripts) {
    const text = await (await fetch(suite.server.url + script.path)).text()
    for (const [what, marker] of Object.entries(foreignMarkers())) if (text.includes(marker)) carried.push(`${script.path}: ${what}`)
  }
  expect(carried).toEqual([])
})
