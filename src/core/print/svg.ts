/**
 * Turns the flat SVG our poster art is made of (scripts/media/art.ts: rect, circle, ellipse, line,
 * path, text/tspan, g with translate/scale and inherited paint) into vector DrawOps, so the art
 * prints sharp at any size instead of as a 750-px picture. Not a general SVG renderer: anything
 * else throws, so a new kind of element is noticed rather than silently dropped.
 */
import { PT_MM, type DrawOp, type Paint } from './types'

/** p ↦ (sx·x + tx, sy·y + ty): all the transforms our art uses (translate, scale, mirror). */
interface Affine {
  sx: number
  sy: number
  tx: number
  ty: number
}

interface Style {
  fill: string | null
  stroke: string | null
  strokeWidth: number
  lineCap?: 'butt' | 'round' | 'square'
  opacity: number
  fontSize: number
  fontWeight: number
  anchor: 'start' | 'middle' | 'end'
}

const IDENTITY: Affine = { sx: 1, sy: 1, tx: 0, ty: 0 }
const compose = (a: Affine, b: Affine): Affine => ({ sx: a.sx * b.sx, sy: a.sy * b.sy, tx: a.sx * b.tx + a.tx, ty: a.sy * b.ty + a.ty })

function parseTransform(text: string | undefined): Affine {
  let m: Affine = IDENTITY
  if (!text) return m
  for (const [, fn, args] of text.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = args.split(/[\s,]+/).filter(Boolean).map(Number)
    if (fn === 'translate') m = compose(m, { sx: 1, sy: 1, tx: n[0] ?? 0, ty: n[1] ?? 0 })
    else if (fn === 'scale') m = compose(m, { sx: n[0], sy: n[1] ?? n[0], tx: 0, ty: 0 })
    else throw new Error(`svg: unsupported transform ${fn}(${args})`)
  }
  return m
}

/** Path data with x multiplied by `fx` (a mirror when negative); our art uses M, L, Q, C, H, V, Z. */
export function stretchPath(d: string, fx: number): string {
  if (fx === 1) return d
  let out = ''
  for (const [, cmd, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number)
    const up = cmd.toUpperCase()
    if (up === 'Z') out += cmd
    else if (up === 'V') out += cmd + n.join(' ')
    else if (up === 'H') out += cmd + n.map((v) => v * fx).join(' ')
    else if ('MLQCST'.includes(up)) out += cmd + n.map((v, i) => (i % 2 === 0 ? v * fx : v)).join(' ')
    else throw new Error(`svg: unsupported path command ${cmd}`)
  }
  return out
}

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [, k, v] of text.matchAll(/([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g)) out[k] = v
  return out
}

const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

function styleOf(parent: Style, a: Record<string, string>): Style {
  const paint = (v: string | undefined, inherited: string | null) => (v === undefined ? inherited : v === 'none' ? null : v)
  const cap = a['stroke-linecap']
  return {
    fill: paint(a.fill, parent.fill),
    stroke: paint(a.stroke, parent.stroke),
    strokeWidth: a['stroke-width'] !== undefined ? Number(a['stroke-width']) : parent.strokeWidth,
    lineCap: cap === 'round' || cap === 'butt' || cap === 'square' ? cap : parent.lineCap,
    opacity: parent.opacity * (a.opacity !== undefined ? Number(a.opacity) : 1),
    fontSize: a['font-size'] !== undefined ? Number(a['font-size']) : parent.fontSize,
    fontWeight: a['font-weight'] !== undefined ? Number(a['font-weight']) : parent.fontWeight,
    anchor: (a['text-anchor'] as Style['anchor'] | undefined) ?? parent.anchor
  }
}

/** Where SVG user space lands on the page: its origin at (x, y) mm, `scale` mm per SVG unit. */
export interface Placement {
  x: number
  y: number
  scale: number
}

/**
 * The DrawOps of an SVG document or fragment. Text keeps its font size and weight (≥ 600 bold);
 * the font itself is always our print font.
 */
export function svgToOps(svg: string, place: Placement): DrawOp[] {
  const ops: DrawOp[] = []
  const root: Style = { fill: '#000000', stroke: null, strokeWidth: 1, opacity: 1, fontSize: 16, fontWeight: 400, anchor: 'start' }
  const stack: { m: Affine; style: Style; tag: string }[] = [{ m: IDENTITY, style: root, tag: '#root' }]
  let text: { style: Style; m: Affine; x: number; y: number } | null = null
  const page = (m: Affine, x: number, y: number) => ({ x: place.x + place.scale * (m.sx * x + m.tx), y: place.y + place.scale * (m.sy * y + m.ty) })
  const len = (m: Affine) => Math.sqrt(Math.abs(m.sx * m.sy))
  const paintOf = (st: Style, m: Affine): Paint => {
    const p: Paint = {}
    if (st.fill) p.fill = st.fill
    if (st.stroke) {
      p.stroke = st.stroke
      p.strokeWidth = st.strokeWidth * len(m) * place.scale
      if (st.lineCap) p.lineCap = st.lineCap
    }
    if (st.opacity < 1) p.opacity = st.opacity
    return p
  }
  const emitText = (content: string) => {
    if (!text || !content.trim()) return
    const st = text.style
    const at = page(text.m, text.x, text.y)
    const sizePt = (st.fontSize * Math.abs(text.m.sy) * place.scale) / PT_MM
    const align = st.anchor === 'middle' ? 'center' : st.anchor === 'end' ? 'right' : 'left'
    ops.push({ op: 'text', x: at.x, y: at.y, text: unescape(content), sizePt, weight: st.fontWeight >= 600 ? 'bold' : 'regular', color: st.fill ?? '#000000', align })
  }

  const tokens = [...svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"]*")*)\s*(\/?)>|([^<]+)/g)]
  const tagCount = tokens.filter((t) => t[5] === undefined).length
  if (tagCount !== (svg.replace(/<!--[\s\S]*?-->/g, '').match(/</g) ?? []).length) throw new Error('svg: markup this converter cannot read')
  for (const [, close, tag, rawAttrs, selfClose, content] of tokens) {
    const top = stack[stack.length - 1]
    if (content !== undefined) {
      if (top.tag === 'tspan' || top.tag === 'text') emitText(content)
      continue
    }
    if (close) {
      if (stack.length > 1 && top.tag === tag) stack.pop()
      if (tag === 'text') text = null
      continue
    }
    const a = attrs(rawAttrs)
    const style = styleOf(top.style, a)
    const m = compose(top.m, parseTransform(a.transform))
    const num = (k: string) => Number(a[k] ?? 0)
    switch (tag) {
      case 'svg':
      case 'title':
      case 'desc':
      case 'g':
        break
      case 'rect': {
        const a1 = page(m, num('x'), num('y'))
        const a2 = page(m, num('x') + num('width'), num('y') + num('height'))
        const rx = num('rx') * Math.abs(m.sx) * place.scale
        const box = { x: Math.min(a1.x, a2.x), y: Math.min(a1.y, a2.y), w: Math.abs(a2.x - a1.x), h: Math.abs(a2.y - a1.y) }
        ops.push({ op: 'rect', ...box, ...(rx ? { radius: rx } : {}), ...paintOf(style, m) })
        break
      }
      case 'circle':
      case 'ellipse': {
        const at = page(m, num('cx'), num('cy'))
        const rx = (tag === 'circle' ? num('r') : num('rx')) * Math.abs(m.sx) * place.scale
        const ry = (tag === 'circle' ? num('r') : num('ry')) * Math.abs(m.sy) * place.scale
        ops.push({ op: 'ellipse', cx: at.x, cy: at.y, rx, ry, ...paintOf(style, m) })
        break
      }
      case 'line': {
        const p1 = page(m, num('x1'), num('y1'))
        const p2 = page(m, num('x2'), num('y2'))
        ops.push({ op: 'line', x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y, ...paintOf({ ...style, fill: null }, m) })
        break
      }
      case 'path': {
        const origin = page(m, 0, 0)
        // pdf-lib scales paths uniformly: fold a mirror or a stretch into the path data.
        ops.push({ op: 'path', d: stretchPath(a.d ?? '', m.sx / Math.abs(m.sy)), x: origin.x, y: origin.y, scale: Math.abs(m.sy) * place.scale, ...paintOf(style, m) })
        break
      }
      case 'text':
        text = { style, m, x: num('x'), y: num('y') }
        break
      case 'tspan': {
        const outer = text as { style: Style; m: Affine; x: number; y: number } | null
        if (!outer) throw new Error('svg: tspan outside text')
        text = { ...outer, style, x: a.x !== undefined ? num('x') : outer.x, y: a.y !== undefined ? num('y') : outer.y }
        break
      }
      default:
        throw new Error(`svg: unsupported element <${tag}>`)
    }
    if (!selfClose) stack.push({ m, style, tag })
  }
  return ops
}
