import { formatClock, formatDuration } from '../../../src/core/media/format'
import { END_MARGIN_SECONDS, positionToSave, RESUME_MIN_SECONDS, resumePoint, shouldSave } from '../../../src/core/media/position'
import { isCrossOrigin, MP4_TYPE, mediaUrl, pickVideoPath, WEBM_TYPE } from '../../../src/core/media/url'

describe('mediaUrl', () => {
  test('joins base and path with exactly one slash', () => {
    expect(mediaUrl('clips/process.mp4', '/media')).toBe('/media/clips/process.mp4')
    expect(mediaUrl('clips/process.mp4', '/media/')).toBe('/media/clips/process.mp4')
    expect(mediaUrl('/clips/process.mp4', '/media//')).toBe('/media/clips/process.mp4')
    expect(mediaUrl('posters/review.png', 'https://cdn.example.cn/yifa/media')).toBe('https://cdn.example.cn/yifa/media/posters/review.png')
    expect(mediaUrl('clips/a.vtt', 'http://127.0.0.1:8080/media')).toBe('http://127.0.0.1:8080/media/clips/a.vtt')
  })
  test('an empty base gives a root-relative URL; absolute paths pass through', () => {
    expect(mediaUrl('clips/process.jpg', '')).toBe('/clips/process.jpg')
    expect(mediaUrl('https://other.cn/x.png', '/media')).toBe('https://other.cn/x.png')
    expect(mediaUrl('//cdn.cn/x.png', '/media')).toBe('//cdn.cn/x.png')
  })
  test('isCrossOrigin', () => {
    expect(isCrossOrigin('/media/clips/a.vtt', 'http://127.0.0.1:8080')).toBe(false)
    expect(isCrossOrigin('http://127.0.0.1:8080/media/a.vtt', 'http://127.0.0.1:8080')).toBe(false)
    expect(isCrossOrigin('https://cdn.example.cn/media/a.vtt', 'http://127.0.0.1:8080')).toBe(true)
  })
  test('pickVideoPath prefers MP4 and falls back to WebM only when H.264 is unsupported', () => {
    const clip = { src: 'clips/a.mp4', webm: 'clips/a.webm' }
    expect(pickVideoPath(clip)).toBe('clips/a.mp4')
    expect(pickVideoPath(clip, () => 'probably')).toBe('clips/a.mp4')
    expect(pickVideoPath(clip, (t) => (t === WEBM_TYPE ? 'probably' : ''))).toBe('clips/a.webm')
    expect(pickVideoPath(clip, (t) => (t === MP4_TYPE ? 'maybe' : ''))).toBe('clips/a.mp4')
    expect(pickVideoPath(clip, () => '')).toBe('clips/a.mp4')
  })
})

describe('formatting', () => {
  test('durations the Chinese way', () => {
    expect(formatDuration(76.1)).toBe('1分16秒')
    expect(formatDuration(67.5)).toBe('1分8秒')
    expect(formatDuration(45)).toBe('45秒')
    expect(formatDuration(0.4)).toBe('0秒')
    expect(formatDuration(120)).toBe('2分钟')
    expect(formatDuration(119.6)).toBe('2分钟')
    expect(formatDuration(3725)).toBe('1小时2分5秒')
    expect(formatDuration(3600)).toBe('1小时0分')
    expect(formatDuration(NaN)).toBe('')
    expect(formatDuration(-3)).toBe('')
  })
  test('clock positions', () => {
    expect(formatClock(65)).toBe('1:05')
    expect(formatClock(65.9)).toBe('1:05')
    expect(formatClock(5)).toBe('0:05')
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(3725)).toBe('1:02:05')
    expect(formatClock(NaN)).toBe('0:00')
    expect(formatClock(-1)).toBe('0:00')
  })
})

describe('remembered position', () => {
  const duration = 76.1
  test('resumes from a saved position in the middle, rounded down to the second', () => {
    expect(resumePoint(65.7, duration)).toBe(65)
    expect(resumePoint(RESUME_MIN_SECONDS, duration)).toBe(RESUME_MIN_SECONDS)
  })
  test('starts from the beginning when nothing useful is saved or the clip was finished', () => {
    expect(resumePoint(undefined, duration)).toBe(0)
    expect(resumePoint('', duration)).toBe(0)
    expect(resumePoint('65', duration)).toBe(0)
    expect(resumePoint(NaN, duration)).toBe(0)
    expect(resumePoint(3, duration)).toBe(0)
    expect(resumePoint(duration - END_MARGIN_SECONDS, duration)).toBe(0)
    expect(resumePoint(70.5, duration)).toBe(70)
    expect(resumePoint(500, duration)).toBe(0)
  })
  test('an unknown duration still resumes', () => {
    expect(resumePoint(30, 0)).toBe(30)
    expect(resumePoint(30, NaN)).toBe(30)
  })
  test('what to save: the time to a tenth, or 0 near the end', () => {
    expect(positionToSave(12.345, duration)).toBe(12.3)
    expect(positionToSave(72, duration)).toBe(0)
    expect(positionToSave(duration, duration)).toBe(0)
    expect(positionToSave(-1, duration)).toBe(0)
    expect(positionToSave(NaN, duration)).toBe(0)
  })
  test('saving on timeupdate is throttled', () => {
    expect(shouldSave(1000, null)).toBe(true)
    expect(shouldSave(1000, 0, 3000)).toBe(false)
    expect(shouldSave(3000, 0, 3000)).toBe(true)
    expect(shouldSave(10_000, 8_000)).toBe(false)
  })
  test('save then resume round-trips through the two functions', () => {
    expect(resumePoint(positionToSave(40.26, duration), duration)).toBe(40)
    expect(resumePoint(positionToSave(74, duration), duration)).toBe(0)
  })
})
