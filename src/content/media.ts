/**
 * Animated clips and posters. Titles, summaries and citations live here; durations come from
 * `media-manifest.json`, which `npm run media` (scripts/media/build.ts) regenerates from the
 * encoded files with ffprobe, so the data never drifts from the files in `media/`.
 * All paths are relative to the media base URL (the server's `/media/`, or a CDN).
 */
import { xinfangRef as ref } from '../core/law/citations'
import type { ArticleRef } from '../core/law/types'
import type { Clip, MediaExport, Poster } from '../core/content/media-types'
import manifest from './media-manifest.json'

export interface ClipMeta {
  id: string
  title: string
  summary: string
  refs: ArticleRef[]
}

export interface PosterMeta {
  id: string
  title: string
  alt: string
  refs: ArticleRef[]
}

/** The clips, in the order the app lists them. Scenes and narration: scripts/media/clips.ts. */
export const CLIP_META: ClipMeta[] = [
  {
    id: 'process',
    title: '信访事项怎么走',
    summary: '从提出到办结：网上、书信、电话、传真、走访等形式，写清哪些内容，15日内转送和告知，60日内办结，不服还能复查、复核。',
    refs: [ref(17), ref(19, 1), ref(22), ref(23, 2), ref(31, undefined, 6), ref(34), ref(35), ref(36)]
  },
  {
    id: 'conduct',
    title: '这些行为不可以',
    summary: '第二十六条列出的六类禁止行为，以及第四十七条规定的后果：劝阻教育、治安管理处罚，直至追究刑事责任。',
    refs: [ref(26), ref(47), ref(19, 2), ref(20)]
  },
  {
    id: 'review',
    title: '不服处理意见怎么办',
    summary: '对信访处理意见不服，30日内请上一级复查；对复查意见不服，30日内再请上一级复核；复核后同一事实和理由不再受理。',
    refs: [ref(32), ref(35), ref(36, 1), ref(36, 2), ref(36, 3)]
  }
]

/** The posters, in gallery order. Designs: scripts/media/posters.ts → assets/posters/<id>.svg. */
export const POSTER_META: PosterMeta[] = [
  {
    id: 'channels',
    title: '多种渠道都能信访',
    alt: '海报：信访可以采用信息网络、书信、电话、传真、走访等形式（《信访工作条例》第十七条）；各机关公布网络信访渠道、通信地址、电话和接待时间地点（第十八条第一款）。',
    refs: [ref(17), ref(18, 1)]
  },
  {
    id: 'notice-15',
    title: '15日内转送、告知',
    alt: '海报：信访部门登记后15日内转送、交办（第二十二条）；机关直接收到的，能当场告知的当场书面告知，否则15日内书面告知（第二十三条第二款）；接到转送、交办的，15日内告知（第二十三条第三款）。',
    refs: [ref(22), ref(23, 2), ref(23, 3)]
  },
  {
    id: 'deadline-60',
    title: '60日内办结',
    alt: '海报：需要出具信访处理意见书的信访事项（第三十一条第六项），自受理之日起60日内办结；情况复杂的经负责人批准可以延长，延长不超过30日，并告知延期理由（第三十四条）。',
    refs: [ref(34), ref(31, undefined, 6)]
  },
  {
    id: 'review',
    title: '不服可以复查、复核',
    alt: '海报：对处理意见不服，收到书面答复之日起30日内请求上一级复查，复查机关30日内答复（第三十五条）；对复查意见不服，30日内请求再上一级复核，复核机关30日内提出意见，复核后同一事实和理由不再受理（第三十六条）。',
    refs: [ref(35), ref(36)]
  },
  {
    id: 'conduct',
    title: '这些行为不可以',
    alt: '海报：信访中不得非法聚集围堵、拦截公务车辆、堵塞交通，不得携带危险物品，不得侮辱殴打威胁工作人员，不得滞留滋事，不得煽动串联或借机敛财（第二十六条）；违反的劝阻教育，直至治安管理处罚、追究刑事责任（第四十七条）。',
    refs: [ref(26), ref(47)]
  },
  {
    id: 'separation',
    title: '诉访分离，各走其道',
    alt: '海报：涉及诉讼权利救济的事项由政法部门依法处理（第二十八条第二款）；能通过诉讼、仲裁、行政复议等途径解决的导入相应程序，其他事项出具信访处理意见书（第三十一条）。',
    refs: [ref(28, 2), ref(31)]
  },
  {
    id: 'protection',
    title: '不得打击报复信访人',
    alt: '海报：任何组织和个人不得打击报复信访人（第十八条第四款）；检举、揭发材料不得透露、转给被检举、揭发的人员或单位（第三十条第三款）；违反的依规依纪依法追究责任（第四十六条）。',
    refs: [ref(18, 4), ref(30, 3), ref(46)]
  }
]

interface ClipManifestEntry {
  durationSeconds: number
}
const clipManifest = (manifest as { clips: Record<string, ClipManifestEntry | undefined> }).clips

export const CLIPS: Clip[] = CLIP_META.map((m) => ({
  id: m.id,
  title: m.title,
  summary: m.summary,
  src: `clips/${m.id}.mp4`,
  webm: `clips/${m.id}.webm`,
  poster: `clips/${m.id}.jpg`,
  captions: `clips/${m.id}.vtt`,
  // 0 only if the manifest lacks the clip; the media tests fail on that (run `npm run media`).
  durationSeconds: clipManifest[m.id]?.durationSeconds ?? 0,
  refs: m.refs
}))

export const POSTERS: Poster[] = POSTER_META.map((m) => ({
  id: m.id,
  title: m.title,
  image: `posters/${m.id}.png`,
  thumb: `posters/${m.id}-thumb.png`,
  alt: m.alt,
  refs: m.refs
}))

export function clipById(id: string): Clip | undefined {
  return CLIPS.find((c) => c.id === id)
}

/** The `clips` and `posters` sections of `content export`. */
export function mediaExport(): MediaExport {
  return {
    clips: CLIPS.map(({ id, title, src, poster, captions, durationSeconds, refs }) => ({ id, title, src, poster, captions, durationSeconds, refs })),
    posters: POSTERS.map(({ id, title, image, refs }) => ({ id, title, image, refs }))
  }
}
