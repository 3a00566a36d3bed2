import { Text, View } from '@tarojs/components'
import { Action } from '../Markup'
import './index.css'

export interface StateViewProps {
  kind: 'loading' | 'empty' | 'error'
  /** What happened, in plain words. */
  title: string
  /** What to do next. */
  hint?: string
  actionLabel?: string
  onAction?: () => void
}

/** Designed loading / empty / error screens: what happened and what to do next. */
export function StateView({ kind, title, hint, actionLabel, onAction }: StateViewProps) {
  return (
    <View className={`state-view state-${kind} card`} role={kind === 'error' ? 'alert' : 'status'}>
      <Text className='state-title text-large'>{title}</Text>
      {hint ? <Text className='state-hint text-small'>{hint}</Text> : null}
      {actionLabel && onAction ? (
        <Action className='btn btn-secondary state-action' role='button' aria-label={actionLabel} onClick={onAction}>
          {actionLabel}
        </Action>
      ) : null}
    </View>
  )
}
