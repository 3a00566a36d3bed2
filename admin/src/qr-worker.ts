/**
 * Decodes QR codes off the main thread for browsers without BarcodeDetector: receives RGBA
 * frames, answers { text } or { text: null }.
 */
import jsQR from 'jsqr'

interface Frame {
  data: ArrayBuffer
  width: number
  height: number
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Frame>) => void) | null; postMessage(m: unknown): void }

scope.onmessage = (e) => {
  const { data, width, height } = e.data
  const found = jsQR(new Uint8ClampedArray(data), width, height, { inversionAttempts: 'dontInvert' })
  scope.postMessage({ text: found ? found.data : null })
}
