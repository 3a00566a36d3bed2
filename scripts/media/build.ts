/**
 * `npm run media` — builds the animated clips and posters from our own SVG drawings.
 *
 *   scripts/media/clips.ts    scene scripts (drawing + narration) ──► assets/clips/<id>/scene-N.svg
 *   scripts/media/posters.ts  poster designs                      ──► assets/posters/<id>.svg
 *
 * then renders with rsvg-convert, speaks the narration with espeak-ng (Mandarin, fed as pinyin
 * so every character is pronounced), joins scenes with ffmpeg xfade transitions, and writes:
 *
 *   media/clips/<id>.mp4   H.264 Main + AAC, faststart (WeChat, iOS, Chromium)
 *   media/clips/<id>.webm  VP9 + Opus (H5 fallback)
 *   media/clips/<id>.jpg   poster frame
 *   media/clips/<id>.vtt   Chinese WebVTT captions, timed to the narration of each scene
 *   media/posters/<id>.png, <id>-thumb.png   (quantised with pngquant when available)
 *   src/content/media-manifest.json          durations (ffprobe) and sizes, read by src/content/media.ts
 *
 * Debian packages: ffmpeg espeak-ng librsvg2-bin fonts-noto-cjk pngquant.
 * Options: --only <id>[,<id>]  --no-voice (silent track, estimated timing)  --clips-only  --posters-only
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { pinyin } from 'pinyin-pro'
import { numberToChinese } from '../../src/core/law/numerals'
import { formatVtt, type Cue } from '../../src/core/media/vtt'
import { CLIP_META, POSTER_META } from '../../src/content/media'
import { svgDoc } from './art'
import { CLIP_SCRIPTS, H, W, frame, type ClipScript, type Scene } from './clips'
import { POSTER_DESIGNS, PH, PW, posterSvg } from './posters'

const ROOT = path.resolve(__dirname, '../..')
const OUT_CLIPS = path.join(ROOT, 'media/clips')
const OUT_POSTERS = path.join(ROOT, 'media/posters')
const MANIFEST = path.join(ROOT, 'src/content/media-manifest.json')

// Video geometry and timing (seconds).
const VW = 640
const VH = 360
const FPS = 20
const LEAD = 0.4 // silence before each scene's narration
const GAP = 0.5 // silence after it, before the transition starts
const SCENE_FADE = 0.7 // xfade between scenes
const STEP_FADE = 0.4 // xfade between build-up levels inside a scene
const END_HOLD = 1.4 // extra hold on the last scene
const MAX_MP4 = 3 * 1024 * 1024
const MAX_POSTER = 250 * 1024
const MAX_THUMB = 40 * 1024

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const onlyArg = args.indexOf('--only') >= 0 ? args[args.indexOf('--only') + 1] : undefined
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined
const voice = !flag('--no-voice')

function run(cmd: string, argv: string[], opts: { input?: string } = {}): string {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', input: opts.input, maxBuffer: 64 * 1024 * 1024 })
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`)
  if (r.status !== 0) {
    const tail = (r.stderr || '').split('\n').slice(-25).join('\n')
    throw new Error(`${cmd} ${argv.slice(0, 6).join(' ')} … exited ${r.status}\n${tail}`)
  }
  return r.stdout
}

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
}

function requireTools(): void {
  const need: [string, string][] = [
    ['ffmpeg', 'ffmpeg'],
    ['ffprobe', 'ffmpeg'],
    ['rsvg-convert', 'librsvg2-bin']
  ]
  if (voice) need.push(['espeak-ng', 'espeak-ng'])
  const missing = need.filter(([c]) => !has(c))
  if (missing.length) {
    throw new Error(`missing tools: ${missing.map(([c]) => c).join(', ')} — apt-get install -y ${[...new Set(missing.map(([, p]) => p))].join(' ')}`)
  }
  if (!run('fc-list', [':lang=zh', 'family']).includes('Noto Sans CJK SC')) {
    throw new Error('font "Noto Sans CJK SC" not found — apt-get install -y fonts-noto-cjk')
  }
}

function probeDuration(file: string): number {
  const out = run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', file])
  const d = Number(out.trim())
  if (!Number.isFinite(d)) throw new Error(`ffprobe: no duration for ${file}`)
  return d
}

function probeStreams(file: string): string[] {
  const out = run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,profile', '-of', 'csv=p=0', file])
  return out.trim().split('\n').filter(Boolean)
}

const frameRound = (t: number) => Math.round(t * FPS) / FPS
const frameCeil = (t: number) => Math.ceil(t * FPS - 1e-9) / FPS
const fmt = (t: number) => t.toFixed(3)

// ---------------------------------------------------------------------------------- speech

/** Narration → pinyin with tone numbers, for `espeak-ng -v cmn-latn-pinyin`. */
export function speechText(narration: string): string {
  const plain = narration
    .replace(/\d+/g, (d) => numberToChinese(Number(d)))
    .replace(/[《》「」“”"（）()·]/g, '')
  return pinyin(plain, { toneType: 'num', type: 'string', nonZh: 'consecutive' })
    .replace(/([a-z]+)0\b/g, '$15')
    .replace(/\s*[，、；：,;:]\s*/g, ', ')
    .replace(/\s*[。？！?!]\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .trim()
}

function speak(narration: string, wav: string): number {
  if (!voice) return Math.max(2, narration.length * 0.24)
  run('espeak-ng', ['-v', 'cmn-latn-pinyin', '-s', '190', '-p', '45', '-w', wav, speechText(narration)])
  return probeDuration(wav)
}

// ---------------------------------------------------------------------------------- captions

/** Splits narration into caption cues of at most ~22 characters, at sentence then clause breaks. */
export function captionChunks(narration: string): string[] {
  const sentences = narration.match(/[^。！？；]+[。！？；]?/g) ?? [narration]
  const out: string[] = []
  for (const s of sentences) {
    if (s.length <= 24) {
      out.push(s)
      continue
    }
    const clauses = s.match(/[^，]+，?/g) ?? [s]
    let cur = ''
    for (const c of clauses) {
      if (cur && (cur + c).length > 22) {
        out.push(cur)
        cur = ''
      }
      cur += c
    }
    if (cur) out.push(cur)
  }
  return out.map((c) => c.replace(/[，；。]$/, '').trim()).filter(Boolean)
}

// ---------------------------------------------------------------------------------- clips

interface Segment {
  png: string
}

interface Transition {
  offset: number
  duration: number
  kind: string
}

function renderSvg(svg: string, file: string, width: number, height?: number): void {
  const src = file.replace(/\.png$/, '.svg')
  fs.writeFileSync(src, svg)
  const argv = ['-w', String(width)]
  if (height) argv.push('-h', String(height))
  run('rsvg-convert', [...argv, '-f', 'png', '-o', file, src])
}

/** The SVG at build-up `level`: groups of later steps hidden. */
function atLevel(svg: string, level: number, levels: number): string {
  if (level >= levels) return svg
  const hidden = Array.from({ length: levels - level }, (_, k) => `.s${level + k + 1}`).join(',')
  return svg.replace('</title>', `</title>\n<style>${hidden}{display:none}</style>`)
}

function sceneSvg(scene: Scene, index: number, title: string): string {
  return svgDoc(W, H, [...frame(scene), ...scene.draw()], `${title} · 场景${index + 1}${scene.title ? '：' + scene.title : ''}`)
}

interface ClipResult {
  id: string
  durationSeconds: number
  webmDurationSeconds: number
  scenes: number
  video: string
  audio: string
  bytes: { mp4: number; webm: number; jpg: number; vtt: number }
}

function buildClip(clip: ClipScript, tmp: string): ClipResult {
  const meta = CLIP_META.find((m) => m.id === clip.id)
  if (!meta) throw new Error(`clip "${clip.id}" has no entry in CLIP_META (src/content/media.ts)`)
  const dir = path.join(tmp, clip.id)
  fs.mkdirSync(dir, { recursive: true })
  const assetDir = path.join(ROOT, 'assets/clips', clip.id)
  fs.mkdirSync(assetDir, { recursive: true })
  for (const f of fs.readdirSync(assetDir)) if (/^scene-\d+\.svg$/.test(f)) fs.rmSync(path.join(assetDir, f))

  const segments: Segment[] = []
  const transitions: Transition[] = []
  const speech: { wav: string; delay: number; length: number }[] = []
  const cues: Cue[] = []
  let t = 0
  clip.scenes.forEach((scene, i) => {
    const svg = sceneSvg(scene, i, meta.title)
    fs.writeFileSync(path.join(assetDir, `scene-${i + 1}.svg`), svg)
    const levels = scene.steps ?? 1
    const wav = path.join(dir, `scene-${i + 1}.wav`)
    const spoken = speak(scene.narration, wav)
    const last = i === clip.scenes.length - 1
    const start = t
    const len = frameCeil(LEAD + spoken + GAP + (last ? END_HOLD : SCENE_FADE))
    const end = start + len
    if (i > 0) transitions.push({ offset: frameRound(start - SCENE_FADE), duration: SCENE_FADE, kind: scene.transition ?? 'fade' })
    for (let level = 1; level <= levels; level++) {
      const png = path.join(dir, `scene-${i + 1}-l${level}.png`)
      renderSvg(atLevel(svg, level, levels), png, VW, VH)
      segments.push({ png })
      if (level > 1) {
        const at = start + LEAD + (spoken * (level - 1)) / levels - STEP_FADE / 2
        transitions.push({ offset: frameRound(at), duration: STEP_FADE, kind: 'fade' })
      }
    }
    speech.push({ wav, delay: LEAD, length: len })
    // Captions: chunks timed by character share of the narration; the scene's cues tile [start, end).
    const chunks = captionChunks(scene.narration)
    const total = chunks.reduce((n, c) => n + c.length, 0)
    let acc = 0
    chunks.forEach((c, k) => {
      const cs = k === 0 ? start : start + LEAD + (spoken * acc) / total
      acc += c.length
      const ce = k === chunks.length - 1 ? end : start + LEAD + (spoken * acc) / total
      cues.push({ start: Math.round(cs * 1000) / 1000, end: Math.round(ce * 1000) / 1000, text: c })
    })
    t = end
  })
  const total = t
  for (let j = 1; j < transitions.length; j++) {
    if (transitions[j].offset < transitions[j - 1].offset + transitions[j - 1].duration) {
      throw new Error(`${clip.id}: transitions overlap at ${transitions[j].offset}s (narration too short for its build-up steps?)`)
    }
  }

  // Each still input must last from the start of its incoming transition to the end of its outgoing one.
  const inputs: string[] = []
  segments.forEach((seg, j) => {
    const from = j === 0 ? 0 : transitions[j - 1].offset
    const to = j === segments.length - 1 ? total : transitions[j].offset + transitions[j].duration
    inputs.push('-loop', '1', '-framerate', String(FPS), '-t', fmt(to - from + 0.2), '-i', seg.png)
  })
  const audioBase = segments.length
  const filters: string[] = []
  segments.forEach((_, j) => filters.push(`[${j}:v]fps=${FPS},settb=AVTB,format=yuv420p,setsar=1[v${j}]`))
  let last = 'v0'
  transitions.forEach((tr, j) => {
    const out = `x${j + 1}`
    filters.push(`[${last}][v${j + 1}]xfade=transition=${tr.kind}:duration=${tr.duration}:offset=${fmt(tr.offset)}[${out}]`)
    last = out
  })
  filters.push(`[${last}]trim=duration=${fmt(total)},fade=t=in:st=0:d=0.5,fade=t=out:st=${fmt(total - 0.6)}:d=0.6,format=yuv420p[vout]`)
  if (voice) {
    speech.forEach((s, k) => {
      inputs.push('-i', s.wav)
      filters.push(`[${audioBase + k}:a]aresample=44100,aformat=channel_layouts=mono,adelay=${Math.round(s.delay * 1000)},apad=whole_dur=${fmt(s.length)},atrim=0:${fmt(s.length)},asetpts=N/SR/TB[a${k}]`)
    })
    filters.push(`${speech.map((_, k) => `[a${k}]`).join('')}concat=n=${speech.length}:v=0:a=1,volume=1.4,alimiter=limit=0.95[aout]`)
  } else {
    inputs.push('-f', 'lavfi', '-t', fmt(total), '-i', 'anullsrc=r=44100:cl=mono')
    filters.push(`[${audioBase}:a]anull[aout]`)
  }
  const graph = path.join(dir, 'graph.txt')
  fs.writeFileSync(graph, filters.join(';\n'))
  const master = path.join(dir, 'master.mkv')
  run('ffmpeg', ['-y', '-v', 'error', ...inputs, '-filter_complex_script', graph, '-map', '[vout]', '-map', '[aout]', '-t', fmt(total), '-c:v', 'ffv1', '-c:a', 'pcm_s16le', master])

  fs.mkdirSync(OUT_CLIPS, { recursive: true })
  const mp4 = path.join(OUT_CLIPS, `${clip.id}.mp4`)
  const webm = path.join(OUT_CLIPS, `${clip.id}.webm`)
  const bitexact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact']
  for (const crf of [27, 30, 33]) {
    run('ffmpeg', ['-y', '-v', 'error', '-i', master, '-c:v', 'libx264', '-preset', 'slow', '-tune', 'stillimage', '-crf', String(crf), '-profile:v', 'main', '-level', '3.0', '-pix_fmt', 'yuv420p', '-r', String(FPS), '-g', String(FPS * 2), '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', '44100', '-movflags', '+faststart', ...bitexact, mp4])
    if (fs.statSync(mp4).size <= MAX_MP4) break
  }
  if (fs.statSync(mp4).size > MAX_MP4) throw new Error(`${mp4} is over 3 MB even at CRF 33`)
  run('ffmpeg', ['-y', '-v', 'error', '-i', master, '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '38', '-deadline', 'good', '-cpu-used', '2', '-row-mt', '1', '-threads', '2', '-r', String(FPS), '-g', String(FPS * 2), '-pix_fmt', 'yuv420p', '-c:a', 'libopus', '-b:a', '32k', '-ac', '1', ...bitexact, webm])

  // Poster frame: the finished title scene, a little larger than the video for sharp list cards.
  const jpg = path.join(OUT_CLIPS, `${clip.id}.jpg`)
  const posterPng = path.join(dir, 'poster.png')
  renderSvg(sceneSvg(clip.scenes[0], 0, meta.title), posterPng, 960, 540)
  run('ffmpeg', ['-y', '-v', 'error', '-i', posterPng, '-q:v', '5', '-pix_fmt', 'yuvj420p', ...bitexact.slice(0, 4), jpg])

  const duration = probeDuration(mp4)
  // Snap the last cue to the real container duration so captions cover the whole clip.
  cues[cues.length - 1].end = Math.max(cues[cues.length - 1].start + 0.5, Math.min(cues[cues.length - 1].end, Math.floor(duration * 1000) / 1000))
  const vtt = path.join(OUT_CLIPS, `${clip.id}.vtt`)
  fs.writeFileSync(vtt, formatVtt(cues))

  const [v, a] = probeStreams(mp4)
  return {
    id: clip.id,
    durationSeconds: Math.round(duration * 10) / 10,
    webmDurationSeconds: Math.round(probeDuration(webm) * 10) / 10,
    scenes: clip.scenes.length,
    video: `${v} ${VW}x${VH} ${FPS}fps`.replace(/,/g, ' '),
    audio: (a ?? 'none').replace(/,/g, ' '),
    bytes: { mp4: fs.statSync(mp4).size, webm: fs.statSync(webm).size, jpg: fs.statSync(jpg).size, vtt: fs.statSync(vtt).size }
  }
}

// ---------------------------------------------------------------------------------- posters

interface PosterResult {
  id: string
  width: number
  height: number
  bytes: number
  thumbBytes: number
}

function quantise(src: string, dest: string, limit: number): void {
  if (has('pngquant')) {
    for (const q of ['70-90', '50-75', '30-60']) {
      run('pngquant', ['--quality', q, '--speed', '1', '--strip', '--force', '--output', dest, src])
      if (fs.statSync(dest).size <= limit) return
    }
  } else {
    console.warn('pngquant not found — writing unquantised PNG (apt-get install -y pngquant)')
    fs.copyFileSync(src, dest)
  }
  if (fs.statSync(dest).size > limit) throw new Error(`${dest} is ${fs.statSync(dest).size} bytes, over ${limit}`)
}

function buildPoster(id: string, tmp: string): PosterResult {
  const meta = POSTER_META.find((m) => m.id === id)
  const design = POSTER_DESIGNS.find((d) => d.id === id)
  if (!meta || !design) throw new Error(`poster "${id}" needs both POSTER_META and POSTER_DESIGNS entries`)
  const svg = posterSvg(design, meta.title)
  fs.mkdirSync(path.join(ROOT, 'assets/posters'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, 'assets/posters', `${id}.svg`), svg)
  fs.mkdirSync(OUT_POSTERS, { recursive: true })
  const full = path.join(tmp, `poster-${id}.png`)
  const thumb = path.join(tmp, `poster-${id}-thumb.png`)
  renderSvg(svg, full, PW, PH)
  renderSvg(svg, thumb, 240)
  const out = path.join(OUT_POSTERS, `${id}.png`)
  const outThumb = path.join(OUT_POSTERS, `${id}-thumb.png`)
  quantise(full, out, MAX_POSTER)
  quantise(thumb, outThumb, MAX_THUMB)
  return { id, width: PW, height: PH, bytes: fs.statSync(out).size, thumbBytes: fs.statSync(outThumb).size }
}

// ---------------------------------------------------------------------------------- main

function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0)
}

function main(): void {
  requireTools()
  const ids = new Set(CLIP_SCRIPTS.map((c) => c.id))
  for (const m of CLIP_META) if (!ids.has(m.id)) throw new Error(`CLIP_META "${m.id}" has no scene script in scripts/media/clips.ts`)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yifa-media-'))
  const previous = fs.existsSync(MANIFEST) ? JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) : {}
  const manifest: { note: string; clips: Record<string, unknown>; posters: Record<string, unknown> } = {
    note: 'Generated by `npm run media` (scripts/media/build.ts). Do not edit.',
    clips: {},
    posters: {}
  }
  try {
    for (const m of CLIP_META) {
      const script = CLIP_SCRIPTS.find((c) => c.id === m.id)!
      if (flag('--posters-only') || (only && !only.has(m.id))) {
        if (previous.clips?.[m.id]) manifest.clips[m.id] = previous.clips[m.id]
        continue
      }
      const r = buildClip(script, tmp)
      const { id, ...rest } = r
      manifest.clips[id] = rest
      console.log(`clip ${id}: ${r.durationSeconds}s, ${r.scenes} scenes, mp4 ${(r.bytes.mp4 / 1024).toFixed(0)} KB, webm ${(r.bytes.webm / 1024).toFixed(0)} KB (${r.video}; ${r.audio})`)
    }
    for (const m of POSTER_META) {
      if (flag('--clips-only') || (only && !only.has(m.id))) {
        if (previous.posters?.[m.id]) manifest.posters[m.id] = previous.posters[m.id]
        continue
      }
      const { id, ...rest } = buildPoster(m.id, tmp)
      manifest.posters[id] = rest
      console.log(`poster ${id}: ${(rest.bytes / 1024).toFixed(0)} KB, thumb ${(rest.thumbBytes / 1024).toFixed(0)} KB`)
    }
  } finally {
    if (!flag('--keep-tmp')) fs.rmSync(tmp, { recursive: true, force: true })
    else console.log(`kept ${tmp}`)
  }
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n')
  const totalMb = dirBytes(path.join(ROOT, 'media')) / 1024 / 1024
  console.log(`media/ total ${totalMb.toFixed(2)} MB; wrote ${path.relative(ROOT, MANIFEST)}`)
  if (totalMb > 8) console.warn('warning: media/ is over 8 MB')
}

if (require.main === module) {
  try {
    main()
  } catch (e) {
    console.error((e as Error).message)
    process.exit(1)
  }
}
