import qrcode from 'qrcode-generator'

/** Modules of the QR code for `text` (error correction M, smallest version that fits). */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QR_QUIET = 4

/**
 * One SVG path (unit = one module, origin at the code's top-left corner) with a rectangle per
 * horizontal run of dark modules: a compact vector drawing with no hairline gaps between modules.
 */
export function qrPath(matrix: boolean[][]): string {
  const parts: string[] = []
  matrix.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  })
  return parts.join('')
}
