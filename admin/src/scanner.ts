/**
 * The door's camera scanner: the rear camera into a <video>, frames to BarcodeDetector where the
 * browser has it (Android Chrome, Safari 17+), else to jsQR in a worker. Calls onCode with each
 * distinct code read (the same code again only after a pause), until stopped.
 */
interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>
}
type BarcodeDetectorCtor = (new (opts: { formats: string[] }) => BarcodeDetectorLike) & { getSupportedFormats?: () => Promise<string[]> }

export type ScannerEngine = 'BarcodeDetector' | 'jsQR'

export interface Scanner {
  engine: ScannerEngine
  stop(): void
}

const SAME_CODE_PAUSE_MS = 4000
const MAX_SIDE = 640

async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  const Ctor = (globalThis as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector
  if (!Ctor) return null
  try {
    const formats = (await Ctor.getSupportedFormats?.()) ?? ['qr_code']
    return formats.includes('qr_code') ? new Ctor({ formats: ['qr_code'] }) : null
  } catch {
    return null
  }
}

export async function startScanner(video: HTMLVideoElement, onCode: (text: string) => void, workerUrl: string): Promise<Scanner> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('此浏览器不能使用摄像头（需要 https 访问）。请手动输入签到码。')
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
  video.srcObject = stream
  video.setAttribute('playsinline', '')
  video.muted = true
  await video.play()

  let stopped = false
  let last = { text: '', at: 0 }
  const report = (text: string | null) => {
    if (!text || stopped) return
    const now = Date.now()
    if (text === last.text && now - last.at < SAME_CODE_PAUSE_MS) return
    last = { text, at: now }
    onCode(text)
  }

  const detector = await nativeDetector()
  let worker: Worker | null = null
  let busy = false
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!detector) {
    worker = new Worker(workerUrl)
    worker.onmessage = (e: MessageEvent<{ text: string | null }>) => {
      busy = false
      report(e.data.text)
    }
  }

  const tick = async () => {
    if (stopped) return
    if (!busy && video.readyState >= 2 && video.videoWidth > 0) {
      busy = true
      if (detector) {
        try {
          const codes = await detector.detect(video)
          report(codes[0]?.rawValue ?? null)
        } catch {
          /* a frame the detector could not read */
        }
        busy = false
      } else if (worker && ctx) {
        const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight))
        canvas.width = Math.round(video.videoWidth * scale)
        canvas.height = Math.round(video.videoHeight * scale)
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height)
        const frame = ctx.getImageData(0, 0, canvas.width, canvas.height)
        worker.postMessage({ data: frame.data.buffer, width: frame.width, height: frame.height }, [frame.data.buffer])
      } else busy = false
    }
    setTimeout(() => void tick(), 150)
  }
  void tick()

  return {
    engine: detector ? 'BarcodeDetector' : 'jsQR',
    stop() {
      stopped = true
      worker?.terminate()
      for (const t of stream.getTracks()) t.stop()
      video.srcObject = null
    }
  }
}

/** The citizen's QR holds the 8-character check-in code; accept it with stray spaces or lower case. */
export function checkinCodeFrom(text: string): string | null {
  const code = text.trim().toUpperCase().replace(/\s+/g, '')
  return /^[2-9A-HJ-NP-Z]{8}$/.test(code) ? code : null
}
