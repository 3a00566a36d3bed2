import { Text, Video, View } from '@tarojs/components'
import Taro, { useDidHide } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Clip } from '@/core/content/media-types'
import { formatClock } from '@/core/media/format'
import { positionToSave, resumePoint, shouldSave } from '@/core/media/position'
import { isCrossOrigin } from '@/core/media/url'
import { cueAt, type Cue } from '@/core/media/vtt'
import { loadCues, media, readPosition, savePosition, videoUrl } from '@/services/media'
import { readStored, writeStored } from '@/services/storage'
import { Action } from '../Markup'
import './index.css'

export const VIDEO_ID = 'clip-video'
/** Remembered across clips: whether the viewer wants captions. */
export const CAPTIONS_KEY = 'captionsOn'

export interface ClipPlayerProps {
  clip: Clip
  /** Loads the captions; defaults to fetching the clip's WebVTT file. */
  loadCaptions?: (clip: Clip) => Promise<Cue[]>
}

type CaptionState = 'loading' | 'ready' | 'error'

interface TimeDetail {
  currentTime?: number
  duration?: number
}

/**
 * The clip player: Taro `Video` with our own caption overlay (synced on `timeupdate`, sized by
 * 关怀模式), a 字幕 开/关 switch, and the playback position remembered per clip and resumed.
 * On H5 the captions are also attached to the real <video> as a WebVTT text track, shown by the
 * browser in full screen (where the overlay cannot follow).
 */
export function ClipPlayer({ clip, loadCaptions = loadCues }: ClipPlayerProps) {
  const [cues, setCues] = useState<Cue[]>([])
  const [captionState, setCaptionState] = useState<CaptionState>('loading')
  const [attempt, setAttempt] = useState(0)
  const [captionsOn, setCaptionsOn] = useState(() => readStored<boolean>(CAPTIONS_KEY, true) !== false)
  const [resumeFrom] = useState(() => resumePoint(readPosition(clip.id), clip.durationSeconds))
  const [showResume, setShowResume] = useState(resumeFrom > 0)
  const [time, setTime] = useState(resumeFrom)
  const [videoError, setVideoError] = useState(false)
  /** The overlay waits for playback: before it, the poster and the play button have the stage. */
  const [started, setStarted] = useState(false)
  const timeRef = useRef(resumeFrom)
  const lastSaved = useRef<number | null>(null)
  const src = useMemo(() => videoUrl(clip), [clip])

  useEffect(() => {
    let live = true
    setCaptionState('loading')
    loadCaptions(clip)
      .then((list) => {
        if (!live) return
        setCues(list)
        setCaptionState(list.length ? 'ready' : 'error')
      })
      .catch(() => live && setCaptionState('error'))
    return () => {
      live = false
    }
  }, [clip, loadCaptions, attempt])

  const save = useCallback(() => {
    savePosition(clip.id, positionToSave(timeRef.current, clip.durationSeconds))
    lastSaved.current = Date.now()
  }, [clip])

  // Leaving the page (unload unmounts it) or hiding the app keeps the place.
  useDidHide(save)
  useEffect(() => save, [save])
  useEffect(() => {
    // H5: closing or reloading the tab does not unmount the page.
    if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
    window.addEventListener('pagehide', save)
    return () => window.removeEventListener('pagehide', save)
  }, [save])

  const onTimeUpdate = (e: { detail?: TimeDetail }) => {
    const t = e.detail?.currentTime
    if (typeof t !== 'number' || !Number.isFinite(t)) return
    timeRef.current = t
    setTime(t)
    setStarted(true)
    if (shouldSave(Date.now(), lastSaved.current)) save()
  }

  const restart = () => {
    setShowResume(false)
    timeRef.current = 0
    setTime(0)
    savePosition(clip.id, 0)
    try {
      Taro.createVideoContext(VIDEO_ID).seek(0)
    } catch {
      // No video context (tests): the next play starts where the video is.
    }
  }

  const toggleCaptions = () => {
    const next = !captionsOn
    setCaptionsOn(next)
    writeStored(CAPTIONS_KEY, next)
  }

  useH5TextTrack(clip, captionsOn)

  const cue = started && captionState === 'ready' && captionsOn ? cueAt(cues, time) : null
  // WeChat renders a <video>'s children in the same layer, so captions inside it stay visible in
  // full screen; H5 shows the same cues through the <video>'s own text track there.
  const inVideo = process.env.TARO_ENV === 'weapp'
  const caption = cue ? (
    <View className='clip-caption' aria-hidden='true'>
      <Text className='clip-caption-text'>{cue.text}</Text>
    </View>
  ) : null

  return (
    <View className='clip-player'>
      <View className='clip-player-stage'>
        <Video
          id={VIDEO_ID}
          className='clip-player-video'
          src={src}
          poster={media(clip.poster)}
          initialTime={resumeFrom}
          controls
          showCenterPlayBtn
          showFullscreenBtn
          objectFit='contain'
          title={clip.title}
          onTimeUpdate={onTimeUpdate}
          onPause={save}
          onEnded={() => {
            timeRef.current = clip.durationSeconds
            save()
          }}
          onError={() => setVideoError(true)}
          onPlay={() => {
            setVideoError(false)
            setStarted(true)
          }}
        >
          {inVideo ? caption : null}
        </Video>
        {inVideo ? null : caption}
      </View>

      <View className='clip-player-bar row-between'>
        <Action
          className={`clip-caption-switch ${captionsOn ? 'is-on' : ''}`}
          role='switch'
          aria-checked={captionsOn}
          aria-label={captionsOn ? '字幕已打开，点一下关闭' : '字幕已关闭，点一下打开'}
          onClick={toggleCaptions}
        >
          字幕 {captionsOn ? '开' : '关'}
        </Action>
        {showResume ? (
          <View className='clip-resume row'>
            <Text className='clip-resume-text'>从 {formatClock(resumeFrom)} 继续播放</Text>
            <Action className='clip-resume-restart link' role='button' aria-label='从头播放' onClick={restart}>
              从头播放
            </Action>
          </View>
        ) : null}
      </View>

      {captionState === 'error' && captionsOn ? (
        <View className='notice clip-caption-error' role='alert'>
          <Text>字幕没有加载出来，视频可以照常播放。</Text>
          <Action className='clip-caption-retry link' role='button' aria-label='重新加载字幕' onClick={() => setAttempt((n) => n + 1)}>
            重新加载字幕
          </Action>
        </View>
      ) : null}
      {videoError ? (
        <View className='notice' role='alert'>
          视频暂时打不开：请检查网络，稍后再试。字幕和下面的文字说明可以先看。
        </View>
      ) : null}
    </View>
  )
}

/**
 * H5 only: attaches the captions as a <track kind="captions" srclang="zh"> to the real <video>
 * that Taro's Video renders. The overlay shows captions inline (so they follow 关怀模式); the
 * browser shows the track in full screen, where the overlay is not visible. No `default`
 * attribute: the browser would switch the track on by itself and ignore the 字幕 switch.
 */
function useH5TextTrack(clip: Clip, captionsOn: boolean) {
  const trackRef = useRef<HTMLTrackElement | null>(null)
  const onRef = useRef(captionsOn)
  onRef.current = captionsOn

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    let timer: ReturnType<typeof setTimeout> | undefined
    let tries = 0
    const sync = () => {
      const track = trackRef.current?.track
      if (!track) return
      const full = !!document.fullscreenElement
      track.mode = onRef.current && full ? 'showing' : onRef.current ? 'hidden' : 'disabled'
    }
    const attach = () => {
      const video = document.querySelector<HTMLVideoElement>(`#${VIDEO_ID} video`)
      if (!video) {
        if (tries++ < 50) timer = setTimeout(attach, 100)
        return
      }
      const url = media(clip.captions)
      if (isCrossOrigin(url, location.origin) && !video.crossOrigin) video.crossOrigin = 'anonymous'
      const el = document.createElement('track')
      el.kind = 'captions'
      el.srclang = 'zh'
      el.label = '中文字幕'
      el.src = url
      el.addEventListener('load', sync)
      video.appendChild(el)
      trackRef.current = el
      sync()
    }
    attach()
    document.addEventListener('fullscreenchange', sync)
    return () => {
      if (timer) clearTimeout(timer)
      document.removeEventListener('fullscreenchange', sync)
      trackRef.current?.remove()
      trackRef.current = null
    }
  }, [clip])

  useEffect(() => {
    const track = trackRef.current?.track
    if (!track) return
    track.mode = captionsOn ? (document.fullscreenElement ? 'showing' : 'hidden') : 'disabled'
  }, [captionsOn])
}
