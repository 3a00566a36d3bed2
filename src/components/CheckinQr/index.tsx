import { Canvas, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { paintQr, qrMatrix, type QrPainter } from '@/core/calendar/qr'
import './index.css'

export interface CheckinQrProps {
  /** The check-in code (8 characters from the API). */
  code: string
  /** Side of the QR code in CSS px. */
  size?: number
}

interface Canvas2d {
  width: number
  height: number
  getContext: (kind: '2d') => (QrPainter & { scale: (x: number, y: number) => void }) | null
}

function pixelRatio(): number {
  try {
    const r = typeof window !== 'undefined' && window.devicePixelRatio ? window.devicePixelRatio : Taro.getSystemInfoSync?.().pixelRatio
    return Math.min(3, Math.max(1, Number(r) || 2))
  } catch {
    return 2
  }
}

function draw(canvas: Canvas2d, code: string, size: number): boolean {
  const ctx = canvas.getContext('2d')
  if (!ctx) return false
  const dpr = pixelRatio()
  canvas.width = Math.round(size * dpr)
  canvas.height = Math.round(size * dpr)
  ctx.scale(dpr, dpr)
  paintQr(ctx, qrMatrix(code), size)
  return true
}

let seq = 0

/**
 * The check-in code in large text plus a QR code drawn on a canvas (an HTML <canvas> on H5, a
 * type='2d' canvas on weapp). If drawing fails the canvas is hidden; the text always shows.
 */
export function CheckinQr({ code, size = 200 }: CheckinQrProps) {
  const [failed, setFailed] = useState(false)
  const [id] = useState(() => `checkin-qr-${++seq}`)
  const htmlCanvas = useRef<HTMLCanvasElement | null>(null)
  const isWeapp = process.env.TARO_ENV === 'weapp'

  useEffect(() => {
    let cancelled = false
    const fail = () => {
      if (!cancelled) setFailed(true)
    }
    setFailed(false)
    if (!code) {
      fail()
      return
    }
    if (!isWeapp) {
      try {
        const el = htmlCanvas.current
        if (!el || !draw(el as unknown as Canvas2d, code, size)) fail()
      } catch {
        fail()
      }
      return () => {
        cancelled = true
      }
    }
    const timer = setTimeout(() => {
      try {
        Taro.createSelectorQuery()
          .select(`#${id}`)
          .fields({ node: true, size: true })
          .exec((res: Array<{ node?: Canvas2d } | null>) => {
            if (cancelled) return
            try {
              const node = res?.[0]?.node
              if (!node || !draw(node, code, size)) fail()
            } catch {
              fail()
            }
          })
      } catch {
        fail()
      }
    }, 50)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [code, size, id, isWeapp])

  const spaced = code.split('').join(' ')
  return (
    <View className='checkin-qr'>
      {failed ? null : isWeapp ? (
        <Canvas type='2d' id={id} className='checkin-canvas' style={`width:${size}px;height:${size}px`} aria-label={`签到二维码，签到码 ${spaced}`} />
      ) : (
        <canvas
          ref={htmlCanvas}
          className='checkin-canvas'
          width={size}
          height={size}
          style={{ width: `${size}px`, height: `${size}px` }}
          role='img'
          aria-label={`签到二维码，签到码 ${spaced}`}
        />
      )}
      <Text className='checkin-label text-small'>签到码</Text>
      <Text className='checkin-code' aria-label={`签到码 ${spaced}`}>
        {code}
      </Text>
    </View>
  )
}
