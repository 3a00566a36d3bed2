import { phonePage, useServerAndBrowser } from './harness'

const suite = useServerAndBrowser(90000)

test('the player plays a clip: currentTime advances, a caption cue shows, the position is resumed', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/media/pages/player/index?id=process')
  await page.getByText('信访事项怎么走').filter({ visible: true }).first().waitFor()
  const video = page.locator('taro-video-core video')
  await video.waitFor({ state: 'attached' })
  // The captions are on the real <video> as a text track as well as in the overlay.
  await page.waitForFunction(() => !!document.querySelector('taro-video-core video track[kind="captions"][srclang="zh"]'))

  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true
    await v.play()
  })
  await page.waitForFunction(() => (document.querySelector('taro-video-core video') as HTMLVideoElement).currentTime > 1, undefined, { timeout: 20000 })

  // The browser's own cue for the current time (the track is loaded, hidden while the overlay shows captions).
  const activeCue = await page.waitForFunction(() => {
    const v = document.querySelector('taro-video-core video') as HTMLVideoElement
    const track = Array.from(v.textTracks).find((t) => t.kind === 'captions')
    const cue = track?.activeCues?.[0] as VTTCue | undefined
    return cue ? cue.text : false
  })
  expect(String(await activeCue.jsonValue())).not.toBe('')
  // Our overlay, synced on timeupdate.
  const overlay = page.locator('.clip-caption-text')
  await overlay.waitFor()
  expect((await overlay.textContent())!.trim().length).toBeGreaterThan(0)

  // The 字幕 switch hides the overlay and switches the browser's track off too.
  await page.getByRole('switch').click()
  await overlay.waitFor({ state: 'detached' })
  await expect(video.evaluate((v: HTMLVideoElement) => v.textTracks[0].mode)).resolves.toBe('disabled')
  // Still off after leaving and coming back: the browser must not switch the track on by itself.
  await page.reload()
  await page.waitForFunction(() => !!document.querySelector('taro-video-core video track[kind="captions"]'))
  await page.waitForTimeout(500)
  await expect(video.evaluate((v: HTMLVideoElement) => v.textTracks[0].mode)).resolves.not.toBe('showing')
  await expect(page.getByRole('switch').getAttribute('aria-checked')).resolves.toBe('false')
  await page.getByRole('switch').click()
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true
    await v.play()
  })
  await overlay.waitFor()

  // Seek to 0:30, pause (saves the place), reload: the page offers to continue from there.
  await video.evaluate((v: HTMLVideoElement) => {
    v.currentTime = 30
  })
  await page.waitForFunction(() => (document.querySelector('taro-video-core video') as HTMLVideoElement).currentTime >= 30.5, undefined, { timeout: 20000 })
  await video.evaluate((v: HTMLVideoElement) => v.pause())
  // Taro's H5 storage keeps {"data": value} in localStorage.
  await page.waitForFunction(() => Number(JSON.parse(localStorage.getItem('clipPosition:process') ?? '{}').data) >= 30)
  await page.reload()
  await page.getByText(/从 0:3\d 继续播放/).waitFor()
  const resumed = await page.waitForFunction(() => {
    const v = document.querySelector('taro-video-core video') as HTMLVideoElement | null
    return v && v.readyState >= 1 ? v.currentTime : false
  })
  expect(Number(await resumed.jsonValue())).toBeGreaterThanOrEqual(30)
  expect(errors).toEqual([])
  await context.close()
})

test('the posters page shows every thumbnail and previews a poster', async () => {
  const { page, errors, context } = await phonePage(suite.browser)
  await page.goto(suite.server.url + '/packages/media/pages/posters/index')
  await page.locator('.poster-thumb').first().waitFor()
  expect(await page.locator('.poster-thumb').count()).toBe(7)
  await page.waitForFunction(() => {
    const imgs = Array.from(document.querySelectorAll('.poster-thumb img')) as HTMLImageElement[]
    return imgs.length === 7 && imgs.every((i) => i.complete && i.naturalWidth > 0)
  })
  await expect(page.getByRole('button', { name: /^下载海报：/ }).count()).resolves.toBe(7)
  await page.getByRole('button', { name: '查看大图：60日内办结' }).click()
  // Taro's H5 previewImage opens a full-screen viewer with the full-size images.
  await page.waitForFunction(() => Array.from(document.querySelectorAll('img')).some((i) => i.src.endsWith('/media/posters/deadline-60.png')))
  expect(errors).toEqual([])
  await context.close()
})
