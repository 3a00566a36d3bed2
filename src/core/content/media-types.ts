import type { ArticleRef } from '../law/types'

/**
 * A short animated publicity clip (法治信访动漫宣传片). Every path is relative to the media base
 * URL (build-time config), e.g. `clips/process.mp4` → `${MEDIA_BASE}/clips/process.mp4`.
 * Media files never go into the weapp package; the server (or a CDN) serves `media/`.
 */
export interface Clip {
  /** Stable id, used in routes (`/pages/clip/index?id=process`) and file names. */
  id: string
  title: string
  /** One or two sentences: what the clip explains. */
  summary: string
  /** H.264/AAC MP4 (WeChat, iOS, most browsers). */
  src: string
  /** VP9/Opus WebM (H5 fallback for browsers without H.264). */
  webm: string
  /** JPEG poster frame. */
  poster: string
  /** Chinese WebVTT captions. */
  captions: string
  /** From ffprobe at build time, rounded to 0.1 s. */
  durationSeconds: number
  /** The articles the clip covers, in the order it covers them. */
  refs: ArticleRef[]
}

/** A poster of our own design on one key point of the regulation. */
export interface Poster {
  id: string
  title: string
  /** Full-size PNG (portrait, 750×1334). */
  image: string
  /** Small PNG for the gallery grid. */
  thumb: string
  /** Alt text: what the poster says, for screen readers. */
  alt: string
  refs: ArticleRef[]
}

/** The `clips` / `posters` sections of `content export`. */
export interface MediaExport {
  clips: Pick<Clip, 'id' | 'title' | 'src' | 'poster' | 'captions' | 'durationSeconds' | 'refs'>[]
  posters: Pick<Poster, 'id' | 'title' | 'image' | 'refs'>[]
}
