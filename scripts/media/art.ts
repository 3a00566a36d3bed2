/**
 * Flat SVG drawing kit for the clips and posters: a few colours, friendly people of different
 * ages, simple icons. Everything returns SVG markup strings; text is drawn with Noto Sans CJK SC
 * (Debian fonts-noto-cjk) and rendered by rsvg-convert.
 */

export const C = {
  bg: '#F6F2EA',
  paper: '#FFFFFF',
  primary: '#1F5AA6',
  primaryDark: '#163F75',
  primaryLight: '#DCE8F7',
  accent: '#E07B2E',
  accentLight: '#FBE6D4',
  stop: '#C23B2B',
  stopLight: '#F7DCD8',
  ok: '#2E7D4F',
  okLight: '#DAF0E2',
  ink: '#26282B',
  grey: '#5F6670',
  line: '#C9CED6',
  skin: ['#F3CDA6', '#E3AE84', '#C98E63'],
  hair: { dark: '#2D2A28', brown: '#6B4429', grey: '#A7A9AC', white: '#E3E3E3' }
} as const

export const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif"

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export interface TextOpts {
  size?: number
  weight?: number
  fill?: string
  anchor?: 'start' | 'middle' | 'end'
  lineHeight?: number
  cls?: string
}

/** One or more lines of text; y is the baseline of the first line. */
export function text(x: number, y: number, lines: string | string[], o: TextOpts = {}): string {
  const size = o.size ?? 32
  const lh = o.lineHeight ?? 1.4
  const arr = Array.isArray(lines) ? lines : [lines]
  const cls = o.cls ? ` class="${o.cls}"` : ''
  const spans = arr.map((l, i) => `<tspan x="${x}" y="${Math.round(y + i * size * lh)}">${esc(l)}</tspan>`).join('')
  return `<text${cls} font-family="${FONT}" font-size="${size}" font-weight="${o.weight ?? 400}" fill="${o.fill ?? C.ink}" text-anchor="${o.anchor ?? 'start'}">${spans}</text>`
}

/** Wraps Chinese text to at most `perLine` characters, preferring to break after punctuation. */
export function wrap(s: string, perLine: number): string[] {
  // Balance the lines (no one-character orphan): the narrowest width giving the same line count.
  const lines = greedyWrap(s, perLine)
  for (let w = Math.ceil(s.length / lines.length); w < perLine; w++) {
    const tryLines = greedyWrap(s, w)
    if (tryLines.length === lines.length) return tryLines
  }
  return lines
}

function greedyWrap(s: string, perLine: number): string[] {
  const out: string[] = []
  let rest = s
  while (rest.length > perLine) {
    let cut = perLine
    for (let k = perLine; k >= Math.ceil(perLine * 0.6); k--) {
      if ('，、；：。）'.includes(rest[k - 1])) {
        cut = k
        break
      }
    }
    // never start a line with closing punctuation
    while (cut < rest.length && '，、；：。）”'.includes(rest[cut])) cut++
    out.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest) out.push(rest)
  return out
}

export function g(content: string | string[], attrs = ''): string {
  return `<g ${attrs}>${Array.isArray(content) ? content.join('') : content}</g>`
}

/** A group revealed at build-up step `step` (1 = always visible). */
export function step(n: number, content: string | string[]): string {
  return n <= 1 ? g(content) : g(content, `class="s${n}"`)
}

export function rect(x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = ''): string {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}" ${extra}/>`
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 4, extra = ''): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" ${extra}/>`
}

export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}" ${extra}/>`
}

/** A pill label. */
export function chip(x: number, y: number, label: string, o: { fill?: string; color?: string; size?: number; anchor?: 'start' | 'middle' } = {}): string {
  const size = o.size ?? 26
  const w = Math.round(label.length * size * 1.02 + size * 1.2)
  const h = Math.round(size * 1.7)
  const left = o.anchor === 'middle' ? x - w / 2 : x
  return g([
    rect(left, y, w, h, o.fill ?? C.primaryLight, h / 2),
    text(left + w / 2, y + h / 2 + size * 0.36, label, { size, fill: o.color ?? C.primaryDark, anchor: 'middle', weight: 700 })
  ])
}

/** Arrow from (x1,y1) to (x2,y2). */
export function arrow(x1: number, y1: number, x2: number, y2: number, color: string = C.grey, width = 6): string {
  const a = Math.atan2(y2 - y1, x2 - x1)
  const hl = width * 3.2
  const p1 = [x2 - hl * Math.cos(a - 0.5), y2 - hl * Math.sin(a - 0.5)]
  const p2 = [x2 - hl * Math.cos(a + 0.5), y2 - hl * Math.sin(a + 0.5)]
  const bx = x2 - hl * 0.8 * Math.cos(a)
  const by = y2 - hl * 0.8 * Math.sin(a)
  return g([line(x1, y1, bx, by, color, width), path(`M${x2},${y2} L${p1[0].toFixed(1)},${p1[1].toFixed(1)} L${p2[0].toFixed(1)},${p2[1].toFixed(1)} Z`, color)])
}

export type Age = 'child' | 'young' | 'adult' | 'elder'
export type Pose = 'stand' | 'wave' | 'hold' | 'point' | 'stop' | 'cheer' | 'think'

export interface PersonOpts {
  age?: Age
  pose?: Pose
  skin?: number
  shirt?: string
  pants?: string
  hair?: string
  long?: boolean
  staff?: boolean
  scale?: number
  flip?: boolean
  cls?: string
}

/** A friendly flat person standing with feet at (x, y). Adult height ≈ 270 units at scale 1. */
export function person(x: number, y: number, o: PersonOpts = {}): string {
  const age = o.age ?? 'adult'
  const s = (o.scale ?? 1) * (age === 'child' ? 0.68 : age === 'elder' ? 0.96 : 1)
  const skin = C.skin[o.skin ?? 0]
  const shirt = o.shirt ?? (o.staff ? C.primary : C.accent)
  const pants = o.pants ?? (o.staff ? C.primaryDark : '#4A5260')
  const hair = o.hair ?? (age === 'elder' ? C.hair.grey : C.hair.dark)
  const pose = o.pose ?? 'stand'
  const parts: string[] = []
  // legs
  parts.push(rect(-30, -115, 24, 115, pants, 10), rect(6, -115, 24, 115, pants, 10))
  parts.push(rect(-36, -10, 34, 12, C.ink, 6), rect(2, -10, 34, 12, C.ink, 6))
  // arms (behind body first)
  const sh = { l: [-40, -190], r: [40, -190] }
  const hands: Record<Pose, [number, number, number, number]> = {
    stand: [-52, -110, 52, -110],
    wave: [-52, -110, 78, -268],
    hold: [-18, -135, 18, -135],
    point: [-52, -110, 112, -200],
    stop: [-52, -110, 92, -235],
    cheer: [-82, -268, 82, -268],
    think: [-52, -110, 14, -228]
  }
  const [lx, ly, rx, ry] = hands[pose]
  const armW = 20
  parts.push(line(sh.l[0], sh.l[1], lx, ly, shirt, armW), line(sh.r[0], sh.r[1], rx, ry, shirt, armW))
  parts.push(circle(lx, ly, 11, skin), circle(rx, ry, 11, skin))
  // body
  parts.push(path('M-44,-110 L-44,-178 Q-44,-206 -16,-206 L16,-206 Q44,-206 44,-178 L44,-110 Z', shirt))
  if (o.staff) {
    parts.push(path('M-10,-206 L0,-186 L10,-206 Z', C.paper), path('M-4,-190 L4,-190 L6,-150 L0,-142 L-6,-150 Z', C.stop))
    parts.push(rect(16, -172, 18, 12, C.paper, 2))
  } else {
    parts.push(path('M-14,-206 Q0,-190 14,-206 Z', skin))
  }
  // neck + head
  parts.push(rect(-9, -222, 18, 18, skin, 4))
  const hy = -252
  parts.push(circle(0, hy, 36, skin))
  // hair
  if (age === 'elder') {
    parts.push(path(`M-37,${hy + 2} Q-40,${hy - 40} 0,${hy - 40} Q40,${hy - 40} 37,${hy + 2} Q30,${hy - 18} 0,${hy - 22} Q-30,${hy - 18} -37,${hy + 2} Z`, hair))
  } else {
    parts.push(path(`M-38,${hy + 4} Q-42,${hy - 44} 0,${hy - 42} Q42,${hy - 44} 38,${hy + 4} Q36,${hy - 14} 14,${hy - 20} Q-10,${hy - 8} -38,${hy + 4} Z`, hair))
  }
  if (o.long) parts.push(path(`M-38,${hy} Q-48,${hy + 40} -30,${hy + 58} L-22,${hy + 20} Z M38,${hy} Q48,${hy + 40} 30,${hy + 58} L22,${hy + 20} Z`, hair))
  if (age === 'child' && o.long) parts.push(circle(36, hy - 30, 13, hair))
  // face
  parts.push(circle(-12, hy + 2, 4, C.ink), circle(12, hy + 2, 4, C.ink))
  parts.push(`<path d="M-11,${hy + 15} Q0,${hy + 24} 11,${hy + 15}" fill="none" stroke="${C.ink}" stroke-width="3.5" stroke-linecap="round"/>`)
  parts.push(circle(-22, hy + 12, 5, '#F0A0A0', 'opacity="0.55"'), circle(22, hy + 12, 5, '#F0A0A0', 'opacity="0.55"'))
  if (age === 'elder') {
    parts.push(`<g fill="none" stroke="${C.ink}" stroke-width="2.5"><circle cx="-12" cy="${hy + 2}" r="10"/><circle cx="12" cy="${hy + 2}" r="10"/><line x1="-2" y1="${hy + 2}" x2="2" y2="${hy + 2}"/></g>`)
    if (pose === 'stand' || pose === 'hold' || pose === 'think' || pose === 'point' || pose === 'wave' || pose === 'stop') {
      parts.push(line(lx - 4, ly, lx - 14, 0, '#8B5E3C', 7), circle(lx, ly, 11, skin))
    }
  }
  const flip = o.flip ? ' scale(-1,1)' : ''
  const cls = o.cls ? ` class="${o.cls}"` : ''
  return `<g${cls} transform="translate(${x},${y}) scale(${s})${flip}">${parts.join('')}</g>`
}

/** A government building; (x, y) is the bottom-left corner. */
export function building(x: number, y: number, w: number, label = '', color: string = C.primary): string {
  const h = w * 0.72
  const cols = 4
  const parts = [
    path(`M${x - 10},${y - h + 40} L${x + w / 2},${y - h - 20} L${x + w + 10},${y - h + 40} Z`, color),
    rect(x, y - h + 40, w, 16, color),
    rect(x - 10, y - 18, w + 20, 18, color),
    rect(x + 4, y - h + 56, w - 8, h - 74, C.paper)
  ]
  for (let i = 0; i < cols; i++) {
    const cx = x + 14 + (i * (w - 28)) / (cols - 1)
    parts.push(rect(cx - 9, y - h + 60, 18, h - 78, C.primaryLight))
  }
  parts.push(circle(x + w / 2, y - h + 18, 10, C.accent))
  if (label) parts.push(text(x + w / 2, y + 40, label, { size: 26, anchor: 'middle', weight: 700, fill: C.ink }))
  return g(parts)
}

/** A sheet of paper with a folded corner and title / line stubs. */
export function doc(x: number, y: number, w: number, h: number, title = '', lines = 4, color: string = C.primary): string {
  const parts = [
    path(`M${x},${y} L${x + w - 28},${y} L${x + w},${y + 28} L${x + w},${y + h} L${x},${y + h} Z`, C.paper, `stroke="${C.line}" stroke-width="3"`),
    path(`M${x + w - 28},${y} L${x + w - 28},${y + 28} L${x + w},${y + 28} Z`, C.line)
  ]
  let ty = y + 26
  if (title) {
    parts.push(text(x + w / 2, y + 46, title, { size: Math.min(28, (w - 24) / Math.max(title.length, 1)), anchor: 'middle', weight: 700, fill: color }))
    ty = y + 70
  }
  for (let i = 0; i < lines; i++) parts.push(rect(x + 18, ty + i * 22, (w - 36) * (i === lines - 1 ? 0.6 : 1), 8, C.line, 4))
  return g(parts)
}

/** A desk calendar showing a big number and a unit label. */
export function calendar(x: number, y: number, w: number, big: string, unit: string, color: string = C.accent): string {
  const h = w * 1.05
  return g([
    rect(x, y, w, h, C.paper, 18, `stroke="${C.line}" stroke-width="3"`),
    path(`M${x},${y + 18} Q${x},${y} ${x + 18},${y} L${x + w - 18},${y} Q${x + w},${y} ${x + w},${y + 18} L${x + w},${y + h * 0.26} L${x},${y + h * 0.26} Z`, color),
    circle(x + w * 0.28, y + 8, 8, C.ink),
    circle(x + w * 0.72, y + 8, 8, C.ink),
    text(x + w / 2, y + h * 0.72, big, { size: w * 0.42, weight: 900, anchor: 'middle', fill: C.ink }),
    text(x + w / 2, y + h * 0.92, unit, { size: w * 0.14, weight: 700, anchor: 'middle', fill: C.grey })
  ])
}

/** Round badge with a tick or a cross. */
export function badge(cx: number, cy: number, r: number, kind: 'ok' | 'no'): string {
  const fill = kind === 'ok' ? C.ok : C.stop
  const mark =
    kind === 'ok'
      ? `<path d="M${cx - r * 0.45},${cy} L${cx - r * 0.1},${cy + r * 0.35} L${cx + r * 0.5},${cy - r * 0.35}" fill="none" stroke="#fff" stroke-width="${r * 0.22}" stroke-linecap="round" stroke-linejoin="round"/>`
      : `<path d="M${cx - r * 0.38},${cy - r * 0.38} L${cx + r * 0.38},${cy + r * 0.38} M${cx + r * 0.38},${cy - r * 0.38} L${cx - r * 0.38},${cy + r * 0.38}" stroke="#fff" stroke-width="${r * 0.22}" stroke-linecap="round"/>`
  return g([circle(cx, cy, r, fill), mark])
}

/** A "no" sign (red ring with a bar) drawn over an icon centred at (cx, cy). */
export function noSign(cx: number, cy: number, r: number): string {
  const d = r * 0.7071
  return `<g fill="none" stroke="${C.stop}" stroke-width="${r * 0.16}"><circle cx="${cx}" cy="${cy}" r="${r}"/><line x1="${cx - d}" y1="${cy - d}" x2="${cx + d}" y2="${cy + d}"/></g>`
}

/** Channel icons, centred at (cx, cy) in a 120-unit box. */
export function icon(kind: 'web' | 'letter' | 'phone' | 'fax' | 'visit' | 'car' | 'danger' | 'fist' | 'crowd' | 'money' | 'scales' | 'police' | 'clock' | 'shield' | 'talk' | 'hearing' | 'stamp', cx: number, cy: number, s = 1): string {
  const P: string[] = []
  switch (kind) {
    case 'web':
      P.push(rect(-52, -44, 104, 70, C.primary, 8), rect(-44, -36, 88, 54, C.primaryLight, 4), rect(-10, 26, 20, 14, C.primary), rect(-30, 38, 60, 8, C.primary, 4))
      P.push(`<g fill="none" stroke="${C.primary}" stroke-width="4"><circle cx="0" cy="-9" r="18"/><ellipse cx="0" cy="-9" rx="8" ry="18"/><line x1="-18" y1="-9" x2="18" y2="-9"/></g>`)
      break
    case 'letter':
      P.push(rect(-54, -36, 108, 72, C.paper, 6, `stroke="${C.primary}" stroke-width="5"`), `<path d="M-52,-32 L0,8 L52,-32" fill="none" stroke="${C.primary}" stroke-width="5" stroke-linejoin="round"/>`, rect(28, -30, 18, 22, C.accent, 2))
      break
    case 'phone':
      P.push(rect(-30, -54, 60, 108, C.primary, 12), rect(-23, -42, 46, 76, C.primaryLight, 4), circle(0, 44, 5, C.paper))
      break
    case 'fax':
      P.push(rect(-28, -56, 56, 40, C.paper, 2, `stroke="${C.line}" stroke-width="3"`), rect(-54, -24, 108, 66, C.primary, 10), rect(-40, -12, 44, 20, C.primaryLight, 3))
      for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) P.push(rect(14 + i * 13, -12 + j * 14, 9, 9, C.paper, 2))
      P.push(rect(-40, 20, 80, 8, C.primaryDark, 4))
      break
    case 'visit':
      P.push(rect(-50, -30, 100, 76, C.primaryLight, 4), path('M-58,-30 L0,-62 L58,-30 Z', C.primary), rect(-14, 4, 28, 42, C.primary, 3), circle(8, 26, 3, C.paper))
      break
    case 'car':
      P.push(path('M-58,14 L-58,-6 Q-56,-16 -42,-18 L-28,-40 Q-24,-46 -14,-46 L22,-46 Q32,-46 36,-40 L48,-18 Q58,-16 58,-6 L58,14 Z', C.grey), rect(-22, -40, 22, 20, C.primaryLight, 3), rect(6, -40, 24, 20, C.primaryLight, 3))
      P.push(circle(-32, 16, 14, C.ink), circle(32, 16, 14, C.ink), circle(-32, 16, 5, C.line), circle(32, 16, 5, C.line))
      break
    case 'danger':
      P.push(path('M0,-54 L56,44 L-56,44 Z', C.accent, 'stroke-linejoin="round"'), rect(-6, -22, 12, 40, C.ink, 5), circle(0, 30, 7, C.ink))
      break
    case 'fist':
      P.push(rect(-40, -30, 72, 56, C.skin[1], 20), rect(24, -20, 22, 36, C.skin[1], 10))
      for (let i = 0; i < 3; i++) P.push(line(-26 + i * 20, -28, -26 + i * 20, -6, C.skin[2], 4))
      P.push(rect(-34, 24, 58, 26, C.accent, 6))
      break
    case 'crowd':
      for (const [dx, col] of [[-36, C.grey], [36, C.grey], [0, C.primaryDark]] as [number, string][]) {
        P.push(circle(dx, -22, 18, col), path(`M${dx - 28},46 L${dx - 28},14 Q${dx - 28},0 ${dx - 14},0 L${dx + 14},0 Q${dx + 28},0 ${dx + 28},14 L${dx + 28},46 Z`, col))
      }
      break
    case 'money':
      P.push(rect(-54, -30, 108, 60, C.ok, 8), circle(0, 0, 18, C.okLight), text(0, 10, '¥', { size: 28, weight: 900, anchor: 'middle', fill: C.ok }))
      break
    case 'scales':
      P.push(rect(-4, -50, 8, 92, C.primaryDark, 3), rect(-34, 40, 68, 10, C.primaryDark, 4), line(-50, -36, 50, -36, C.primaryDark, 6))
      P.push(path('M-68,4 Q-50,24 -32,4 Z', C.accent), path('M32,4 Q50,24 68,4 Z', C.accent), line(-50, -36, -66, 4, C.primaryDark, 3), line(-50, -36, -34, 4, C.primaryDark, 3), line(50, -36, 34, 4, C.primaryDark, 3), line(50, -36, 66, 4, C.primaryDark, 3))
      break
    case 'police':
      P.push(path('M0,-54 L46,-38 L46,0 Q46,36 0,54 Q-46,36 -46,0 L-46,-38 Z', C.primaryDark), path('M0,-30 L8,-10 L30,-10 L12,4 L18,26 L0,12 L-18,26 L-12,4 L-30,-10 L-8,-10 Z', '#F2C14E'))
      break
    case 'clock':
      P.push(circle(0, 0, 50, C.paper, `stroke="${C.primary}" stroke-width="7"`), line(0, 0, 0, -32, C.ink, 6), line(0, 0, 24, 10, C.ink, 6), circle(0, 0, 6, C.accent))
      break
    case 'shield':
      P.push(path('M0,-56 L48,-38 L48,2 Q48,38 0,58 Q-48,38 -48,2 L-48,-38 Z', C.ok), `<path d="M-20,0 L-5,16 L22,-14" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`)
      break
    case 'talk':
      P.push(path('M-56,-40 Q-56,-52 -44,-52 L44,-52 Q56,-52 56,-40 L56,12 Q56,24 44,24 L-10,24 L-34,46 L-30,24 L-44,24 Q-56,24 -56,12 Z', C.primaryLight, `stroke="${C.primary}" stroke-width="4"`))
      for (let i = 0; i < 3; i++) P.push(circle(-24 + i * 24, -14, 7, C.primary))
      break
    case 'hearing':
      P.push(rect(-60, 6, 120, 16, C.primaryDark, 4), rect(-50, 22, 10, 30, C.primaryDark), rect(40, 22, 10, 30, C.primaryDark))
      for (const dx of [-36, 0, 36]) P.push(circle(dx, -30, 13, dx === 0 ? C.primary : C.grey), path(`M${dx - 18},6 L${dx - 18},-6 Q${dx - 18},-14 ${dx - 10},-14 L${dx + 10},-14 Q${dx + 18},-14 ${dx + 18},-6 L${dx + 18},6 Z`, dx === 0 ? C.primary : C.grey))
      break
    case 'stamp':
      P.push(circle(0, 0, 48, 'none', `stroke="${C.stop}" stroke-width="6"`), circle(0, 0, 36, 'none', `stroke="${C.stop}" stroke-width="2"`), path('M0,-22 L6,-6 L22,-6 L9,4 L14,20 L0,10 L-14,20 L-9,4 L-22,-6 L-6,-6 Z', C.stop))
      break
  }
  return `<g transform="translate(${cx},${cy}) scale(${s})">${P.join('')}</g>`
}

/** Soft ground shadow / decorative blobs. */
export function ground(x: number, y: number, w: number, color: string = '#E9E2D3'): string {
  return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${Math.max(10, w * 0.05)}" fill="${color}"/>`
}

/** Wraps drawing into a complete SVG document. */
export function svgDoc(w: number, h: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<!-- Generated by scripts/media/build.ts (npm run media); edit the TypeScript, not this file. -->`,
    ...body,
    '</svg>',
    ''
  ].join('\n')
}
