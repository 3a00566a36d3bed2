/**
 * The committed media must match the data: every file exists, sizes are within budget,
 * ffprobe durations match `durationSeconds`, captions parse and cover the clip, refs resolve.
 * Needs ffprobe (Debian package `ffmpeg`) — CI installs it.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { CLIPS, CLIP_META, POSTERS, POSTER_META, mediaExport } from '../../../src/content/media'
import { refProblem } from '../../../src/content/laws'
import { coveredSeconds, parseVtt } from '../../../src/core/media/vtt'
import manifest from '../../../src/content/media-manifest.json'

const MEDIA = path.resolve(__dirname, '../../../media')
const ASSETS = path.resolve(__dirname, '../../../assets')
const file = (rel: string) => path.join(MEDIA, rel)

function ffprobe(args: string[]): string {
  const r = spawnSync('ffprobe', ['-v', 'error', ...args], { encoding: 'utf8' })
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('ffprobe not found: install ffmpeg (Debian: apt-get install -y ffmpeg) to run the media tests')
  }
  if (r.status !== 0) throw new Error(`ffprobe ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout.trim()
}

const probeDuration = (f: string) => Number(ffprobe(['-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', f]))
const probeCodecs = (f: string) => ffprobe(['-show_entries', 'stream=codec_type,codec_name', '-of', 'csv=p=0', f]).split('\n').sort()


describe('media data', () => {
  it('has at least 3 clips and 6 posters with unique ids', () => {
    expect(CLIPS.length).toBeGreaterThanOrEqual(3)
    expect(POSTERS.length).toBeGreaterThanOrEqual(6)
    expect(new Set(CLIPS.map((c) => c.id)).size).toBe(CLIPS.length)
    expect(new Set(POSTERS.map((p) => p.id)).size).toBe(POSTERS.length)
  })

  it('the generated manifest lists exactly the clips and posters in the data', () => {
    expect(Object.keys(manifest.clips).sort()).toEqual(CLIP_META.map((m) => m.id).sort())
    expect(Object.keys(manifest.posters).sort()).toEqual(POSTER_META.map((m) => m.id).sort())
  })

  it('every ref resolves to an existing article (and paragraph / item)', () => {
    const problems = [...CLIPS, ...POSTERS].flatMap((x) => {
      expect(x.refs.length).toBeGreaterThan(0)
      return x.refs.map(refProblem).filter(Boolean).map((p) => `${x.id}: ${p}`)
    })
    expect(problems).toEqual([])
  })

  it('every clip has a title, summary and every poster alt text', () => {
    for (const c of CLIPS) expect(c.title && c.summary).toBeTruthy()
    for (const p of POSTERS) expect(p.alt.length).toBeGreaterThan(10)
  })

  it('mediaExport has the fields of `content export`', () => {
    const out = mediaExport()
    expect(out.clips).toHaveLength(CLIPS.length)
    expect(Object.keys(out.clips[0]).sort()).toEqual(['captions', 'durationSeconds', 'id', 'poster', 'refs', 'src', 'title'])
    expect(Object.keys(out.posters[0]).sort()).toEqual(['id', 'image', 'refs', 'title'])
  })
})

describe.each(CLIPS.map((c) => [c.id, c] as const))('clip %s', (_id, clip) => {
  it('has its mp4, webm, poster frame, captions and scene SVGs', () => {
    for (const rel of [clip.src, clip.webm, clip.poster, clip.captions]) {
      expect(fs.existsSync(file(rel)) ? rel : `missing media/${rel}`).toBe(rel)
      expect(fs.statSync(file(rel)).size).toBeGreaterThan(0)
    }
    expect(fs.existsSync(path.join(ASSETS, 'clips', clip.id, 'scene-1.svg'))).toBe(true)
  })

  it('mp4 is H.264 + AAC and at most 3 MB; webm is VP9/VP8 + Opus/Vorbis', () => {
    expect(fs.statSync(file(clip.src)).size).toBeLessThanOrEqual(3 * 1024 * 1024)
    expect(probeCodecs(file(clip.src))).toEqual(['aac,audio', 'h264,video'])
    const webm = probeCodecs(file(clip.webm))
    expect(webm.some((s) => /^(vp9|vp8),video$/.test(s))).toBe(true)
    expect(webm.some((s) => /^(opus|vorbis),audio$/.test(s))).toBe(true)
  })

  it('lasts 30–90 s and ffprobe agrees with durationSeconds within 0.5 s (mp4 and webm)', () => {
    expect(clip.durationSeconds).toBeGreaterThanOrEqual(30)
    expect(clip.durationSeconds).toBeLessThanOrEqual(90)
    expect(Math.abs(probeDuration(file(clip.src)) - clip.durationSeconds)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(probeDuration(file(clip.webm)) - clip.durationSeconds)).toBeLessThanOrEqual(0.5)
  })

  it('captions parse, are in order, do not overlap and cover at least 90% of the clip', () => {
    const cues = parseVtt(fs.readFileSync(file(clip.captions), 'utf8'))
    expect(cues.length).toBeGreaterThan(3)
    for (let i = 0; i < cues.length; i++) {
      expect(cues[i].text.trim()).not.toBe('')
      expect(/[\u4e00-\u9fff]/.test(cues[i].text)).toBe(true)
      if (i > 0) {
        expect(cues[i].start).toBeGreaterThanOrEqual(cues[i - 1].start)
        expect(cues[i].start).toBeGreaterThanOrEqual(cues[i - 1].end - 1e-6)
      }
    }
    expect(cues[cues.length - 1].end).toBeLessThanOrEqual(clip.durationSeconds + 0.5)
    expect(coveredSeconds(cues, clip.durationSeconds) / clip.durationSeconds).toBeGreaterThanOrEqual(0.9)
  })
})

describe.each(POSTERS.map((p) => [p.id, p] as const))('poster %s', (_id, poster) => {
  it('has its SVG source, PNG (≤ 250 KB) and thumbnail (≤ 40 KB)', () => {
    expect(fs.existsSync(path.join(ASSETS, 'posters', `${poster.id}.svg`))).toBe(true)
    for (const [rel, limit] of [[poster.image, 250 * 1024], [poster.thumb, 40 * 1024]] as const) {
      expect(fs.existsSync(file(rel)) ? rel : `missing media/${rel}`).toBe(rel)
      const buf = fs.readFileSync(file(rel))
      expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(buf.length).toBeLessThanOrEqual(limit)
    }
  })

  it('the full PNG is portrait 750×1334', () => {
    const buf = fs.readFileSync(file(poster.image))
    expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([750, 1334])
  })
})

describe('media budget', () => {
  it('media/ stays small (under 8 MB)', () => {
    const total = (dir: string): number =>
      fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? total(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0)
    expect(total(MEDIA)).toBeLessThan(8 * 1024 * 1024)
  })
})
