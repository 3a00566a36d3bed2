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
 * The target is 2.5 s (the bench prints the real figure); CI's 2 cores are shared with
 * other jobs, and 4x CPU throttling multiplies any contention, so the test holds a looser bound,
 * on the best of up to three loads, that the old build (7.3 s, 1.1 MB) still fails by far.
 */
const TIME_BOUND_MS = 5000
const ATTEMPTS = 3

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
  const loads = []
  for (let i = 0; i < ATTEMPTS; i++) {
    const load = await measureHomeLoad(suite.browser, suite.server.url)
    loads.push(load)
    console.log(
      `home visible after ${load.visibleMs} ms, ${(load.transferredBeforeVisible / 1024).toFixed(1)} KB transferred before; ` +
        `home JS ${(load.scriptDecodedBytes / 1024).toFixed(1)} KB (${(load.scriptTransferBytes / 1024).toFixed(1)} KB on the wire)`
    )
    expect(load.transferredBeforeVisible).toBeLessThanOrEqual(TRANSFER_BUDGET)
    if (load.visibleMs <= TIME_BOUND_MS) break
  }
  expect(Math.min(...loads.map((l) => l.visibleMs))).toBeLessThanOrEqual(TIME_BOUND_MS)
  const load = loads[loads.length - 1]

  const scripts = load.resources.filter((r) => r.path.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(1)
  const carried: string[] = []
  for (const script of scripts) {
    const text = await (await fetch(suite.server.url + script.path)).text()
    for (const [what, marker] of Object.entries(foreignMarkers())) if (text.includes(marker)) carried.push(`${script.path}: ${what}`)
  }
  expect(carried).toEqual([])
})
