import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useCareMode } from '@/hooks/useCareMode'

export interface PageShellProps {
  className?: string
}

/** Root of every page: applies 关怀模式 (larger type, higher contrast) from the shared switch. */
export function PageShell({ className = '', children }: PropsWithChildren<PageShellProps>) {
  const [care] = useCareMode()
  return <View className={`page ${care ? 'care' : ''} ${className}`.trim()}>{children}</View>
}
