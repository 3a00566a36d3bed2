/** The modules of a QR code for a check-in code (qrcode-generator). Pure. */
import qrcode from 'qrcode-generator'

/** Rows of dark (true) / light modules, error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const rows: boolean[][] = []
  for (let r = 0; r < n; r++) {
    const row: boolean[] = []
    for (let c = 0; c < n; c++) row.push(qr.isDark(r, c))
    rows.push(row)
  }
  return rows
}

/** Minimal drawing surface shared by the H5 <canvas> and the weapp 2d canvas. */
export interface QrPainter {
  fillStyle: unknown
  fillRect(x: number, y: number, w: number, h: number): void
}

/** Draws the matrix with a 4-module quiet zone into a `size`×`size` square. */
export function paintQr(ctx: QrPainter, matrix: boolean[][], size: number): void {
  const n = matrix.length
  const quiet = 4
  const cell = size / (n + quiet * 2)
  ctx.fillStyle = '#FFFFFF'
  ctx.fillRect(0, 0, size, size)
  ctx.fillStyle = '#000000'
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      // Overlap by a hair so anti-aliasing leaves no seams between modules.
      if (matrix[r][c]) ctx.fillRect((c + quiet) * cell, (r + quiet) * cell, cell + 0.5, cell + 0.5)
    }
  }
}
