/**
 * A printed page as data: what goes where, in millimetres from the top-left corner of the trimmed
 * page (y grows downwards; negative values and values past the trim reach into the bleed). The
 * layout modules produce it from content; server/print/pdf.ts writes it as a PDF.
 */

export type FontWeight = 'regular' | 'bold'

/** Width in mm of `text` set at `sizePt` points in the given weight (from the real font at the edge). */
export type Measure = (text: string, sizePt: number, weight: FontWeight) => number

export interface Paint {
  /** `#RRGGBB`; absent = no fill. */
  fill?: string
  stroke?: string
  /** mm */
  strokeWidth?: number
  lineCap?: 'butt' | 'round' | 'square'
  opacity?: number
}

export type DrawOp =
  | ({ op: 'rect'; x: number; y: number; w: number; h: number; radius?: number } & Paint)
  | ({ op: 'ellipse'; cx: number; cy: number; rx: number; ry: number } & Paint)
  | ({ op: 'line'; x1: number; y1: number; x2: number; y2: number } & Paint)
  /** An SVG path `d` in its own units, placed with its origin at (x, y) and scaled by `scale` mm per unit. */
  | ({ op: 'path'; d: string; x: number; y: number; scale: number } & Paint)
  /** One line of text; y is the baseline. `x` is the left edge, the centre or the right edge per `align`. */
  | { op: 'text'; x: number; y: number; text: string; sizePt: number; weight: FontWeight; color: string; align?: 'left' | 'center' | 'right' }
  /** A QR code of `url`, `size` mm square including its quiet zone, drawn as vector squares. */
  | { op: 'qr'; x: number; y: number; size: number; url: string; color: string }

export interface PrintPage {
  /** Trimmed size in mm (A3 297 × 420, A4 210 × 297). */
  width: number
  height: number
  /** Bleed on each side in mm: the PDF's MediaBox and BleedBox are this much larger than the TrimBox. */
  bleed: number
  /** Margin inside the trim that holds all text and codes. */
  safe: number
  ops: DrawOp[]
  /** Document title (PDF metadata). */
  title: string
}

export const PAPER = {
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 }
} as const

export type PaperSize = keyof typeof PAPER

export const BLEED_MM = 3
export const SAFE_MM = 10

export const PT_MM = 25.4 / 72
