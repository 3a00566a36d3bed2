import { act, fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { __reset } from '../../../tests/component/taro-mock'
import { clipById } from '@/content/media'
import { parseVtt } from '@/core/media/vtt'
import { setCareMode } from '@/services/care-mode'
import { PageShell } from '../PageShell'
import { CAPTIONS_KEY, ClipPlayer } from './index'

const clip = clipById('process')!
const vtt = readFileSync(join(__dirname, '../../../media/clips/process.vtt'), 'utf8')
const cues = parseVtt(vtt)

// jsdom has no media playback; Taro's H5 Video calls load() when it mounts.
beforeAll(() => {
  Object.assign(HTMLMediaElement.prototype, { load: () => undefined, pause: () => undefined, play: async () => undefined })
})

beforeEach(() => {
  __reset({ id: 'process' })
  ;(Taro.request as jest.Mock).mockImplementation(async () => ({ statusCode: 200, data: vtt }))
})

/** What Taro's Video emits on timeupdate (detail.currentTime), on the element React rendered. */
function timeUpdate(container: HTMLElement, currentTime: number) {
  const video = container.querySelector('taro-video-core')!
  act(() => {
    video.dispatchEvent(new CustomEvent('timeupdate', { detail: { currentTime, duration: clip.durationSeconds } }))
  })
}

const caption = (container: HTMLElement) => container.querySelector('.clip-caption-text')?.textContent ?? null
/** Waits for the captions request to be answered and parsed. */
const captionsLoaded = (container: HTMLElement) => waitFor(() => expect(container.querySelector('[role="switch"]')).not.toBeNull()).then(() => act(async () => undefined))

test('fetches the WebVTT as text and shows the cue for the current time as the video plays', async () => {
  const { container } = render(<ClipPlayer clip={clip} />)
  expect(Taro.request).toHaveBeenCalledWith(expect.objectContaining({ url: 'http://api.test/media/clips/process.vtt', dataType: 'text', responseType: 'text' }))
  await captionsLoaded(container)
  // Before playback the poster has the stage to itself.
  expect(caption(container)).toBeNull()
  timeUpdate(container, 0.3)
  expect(caption(container)).toBe(cues[0].text)
  const video = container.querySelector('taro-video-core')!
  expect((video as unknown as { src: string }).src).toBe('http://api.test/media/clips/process.mp4')
  expect((video as unknown as { poster: string }).poster).toBe('http://api.test/media/clips/process.jpg')

  timeUpdate(container, (cues[3].start + cues[3].end) / 2)
  expect(caption(container)).toBe(cues[3].text)
  timeUpdate(container, cues[5].start)
  expect(caption(container)).toBe(cues[5].text)
  timeUpdate(container, clip.durationSeconds + 10)
  expect(caption(container)).toBeNull()
})

test('the 字幕 switch hides and shows the overlay, and is remembered', async () => {
  const { container, getByRole } = render(<ClipPlayer clip={clip} />)
  await captionsLoaded(container)
  timeUpdate(container, 1)
  expect(caption(container)).toBe(cues[0].text)
  const toggle = getByRole('switch')
  expect(toggle.getAttribute('aria-checked')).toBe('true')
  expect(toggle.textContent).toContain('字幕 开')

  fireEvent.click(toggle)
  expect(caption(container)).toBeNull()
  expect(toggle.getAttribute('aria-checked')).toBe('false')
  expect(toggle.getAttribute('aria-label')).toBe('字幕已关闭，点一下打开')
  timeUpdate(container, cues[2].start + 0.1)
  expect(caption(container)).toBeNull()
  expect(Taro.getStorageSync(CAPTIONS_KEY)).toBe(false)

  fireEvent.click(toggle)
  expect(caption(container)).toBe(cues[2].text)
  expect(Taro.getStorageSync(CAPTIONS_KEY)).toBe(true)
})

test('captions that fail to load: a plain message and a retry, the video still plays', async () => {
  ;(Taro.request as jest.Mock).mockImplementationOnce(async () => ({ statusCode: 404, data: 'not found' }))
  const { container, getByRole, findByRole } = render(<ClipPlayer clip={clip} />)
  const alert = await findByRole('alert')
  expect(alert.textContent).toContain('字幕没有加载出来')
  expect(caption(container)).toBeNull()
  fireEvent.click(getByRole('button', { name: '重新加载字幕' }))
  await waitFor(() => expect(container.querySelector('[role="alert"]')).toBeNull())
  timeUpdate(container, 1)
  expect(caption(container)).toBe(cues[0].text)
})

test('remembers the position (throttled on timeupdate, and on leaving) and resumes from it', async () => {
  const first = render(<ClipPlayer clip={clip} />)
  await captionsLoaded(first.container)
  timeUpdate(first.container, 12.34)
  expect(Taro.getStorageSync('clipPosition:process')).toBe(12.3)
  timeUpdate(first.container, 13) // within the throttle interval: not saved yet
  expect(Taro.getStorageSync('clipPosition:process')).toBe(12.3)
  timeUpdate(first.container, 65.4)
  first.unmount() // leaving the page saves the latest time
  expect(Taro.getStorageSync('clipPosition:process')).toBe(65.4)

  const second = render(<ClipPlayer clip={clip} />)
  expect(second.getByText('从 1:05 继续播放')).toBeTruthy()
  const video = second.container.querySelector('taro-video-core') as unknown as { initialTime: number }
  expect(video.initialTime).toBe(65)
  await captionsLoaded(second.container)
  const resumedCue = cues.find((c) => c.start <= 65.2 && 65.2 < c.end)!
  timeUpdate(second.container, 65.2)
  expect(caption(second.container)).toBe(resumedCue.text)

  fireEvent.click(second.getByRole('button', { name: '从头播放' }))
  expect(second.queryByText('从 1:05 继续播放')).toBeNull()
  expect(Taro.getStorageSync('clipPosition:process')).toBe('')
  expect(caption(second.container)).toBe(cues[0].text)
  second.unmount()
})

test('a finished clip starts from the beginning next time', async () => {
  Taro.setStorageSync('clipPosition:process', clip.durationSeconds - 1)
  const { container, queryByText } = render(<ClipPlayer clip={clip} />)
  expect(queryByText(/继续播放/)).toBeNull()
  await captionsLoaded(container)
})

test('captions take their size from the page, so 关怀模式 enlarges them', async () => {
  setCareMode(true)
  const { container } = render(
    <PageShell>
      <ClipPlayer clip={clip} />
    </PageShell>
  )
  await captionsLoaded(container)
  timeUpdate(container, 1)
  expect(container.querySelector('.page.care .clip-caption-text')).not.toBeNull()
})
