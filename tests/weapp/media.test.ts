import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findByText, loadPage, stubWx, tap, waitFor, wxCalls } from './harness'

const exparser = require('miniprogram-exparser')

/** What WeChat's <video> sends while playing: bindtimeupdate with detail.currentTime. */
function timeUpdate(video: Element, currentTime: number): void {
  const target = (video as unknown as { __wxElement?: unknown }).__wxElement
  if (!target) throw new Error('timeUpdate: not a rendered video')
  exparser.Event.dispatchEvent(target, exparser.Event.create('timeupdate', { currentTime, duration: 76.1 }, { bubbles: false, composed: false }))
}

const vtt = readFileSync(join(__dirname, '..', '..', 'media', 'clips', 'process.vtt'), 'utf8')

test('the compiled player page fetches the captions as text and shows the cue for each timeupdate over the video', async () => {
  stubWx('request', (opts) => {
    const done = { statusCode: 200, data: vtt, header: { 'Content-Type': 'text/vtt' }, errMsg: 'request:ok' }
    ;(opts.success as (r: unknown) => void)?.(done)
    ;(opts.complete as ((r: unknown) => void) | undefined)?.(done)
  })
  const page = loadPage('packages/media/pages/player/index', { id: 'process' })
  await waitFor(() => page.text().includes('信访事项怎么走'))
  const video = page.comp.dom.querySelector('wx-video')!
  expect(video).not.toBeNull()
  const caption = () => page.comp.dom.querySelector('[class*="clip-caption-text"]')?.textContent ?? null
  await waitFor(() => wxCalls.some((c) => c.api === 'request'))
  // Playback starts: the overlay shows the cue for each time the video reports.
  timeUpdate(video, 0.5)
  await waitFor(() => caption() === '信访事项怎么走？')
  // Rendered inside the <video>, so WeChat keeps showing it in full screen.
  expect(page.comp.dom.querySelector('[class*="clip-caption-text"]')!.closest('wx-video')).not.toBeNull()
  timeUpdate(video, 8)
  await waitFor(() => caption() === '可以采用信息网络、书信、电话、传真、走访等形式')

  const request = wxCalls.find((c) => c.api === 'request')!
  expect(request.options.url).toBe('http://127.0.0.1:8080/media/clips/process.vtt')
  expect(request.options.dataType).toBe('text')

  const text = page.text()
  expect(text).toContain('字幕 开')
  expect(text).toContain('1分16秒')
  expect(text).toContain('相关问答')
  expect(text).toContain('第三十五条')

  // The switch hides the overlay.
  tap(findByText(page.comp.dom, '字幕 开')!)
  await waitFor(() => page.text().includes('字幕 关'))
  expect(caption()).toBeNull()
  tap(findByText(page.comp.dom, '字幕 关')!)
  await waitFor(() => caption() === '可以采用信息网络、书信、电话、传真、走访等形式')
  page.comp.detach()
})

test('an unknown clip id shows the designed error state', async () => {
  const page = loadPage('packages/media/pages/player/index', { id: 'nope' })
  await waitFor(() => page.text().includes('没有找到这部动漫'))
  expect(page.text()).toContain('看全部动漫')
  page.comp.detach()
})
