import { View } from '@tarojs/components'
import { Action } from '../Markup'

export interface ChipTab<K extends string | number> {
  key: K
  /** Text on the chip. */
  label: string
  /** Spoken label, when the chip's text is abbreviated. */
  ariaLabel?: string
}

export interface ChipTabsProps<K extends string | number> {
  tabs: ChipTab<K>[]
  selected: K
  onSelect: (key: K) => void
  /** What the row chooses, for screen readers: 「选择章节」. */
  ariaLabel: string
  className?: string
}

/** A wrapping row of chips acting as tabs: one selected, tap another to switch. */
export function ChipTabs<K extends string | number>({ tabs, selected, onSelect, ariaLabel, className = '' }: ChipTabsProps<K>) {
  return (
    <View className={`row wrap ${className}`.trim()} role='tablist' aria-label={ariaLabel}>
      {tabs.map((tab) => (
        <Action
          key={tab.key}
          className={`chip ${tab.key === selected ? 'chip-active' : ''}`}
          role='tab'
          aria-selected={tab.key === selected}
          aria-label={tab.ariaLabel ?? tab.label}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </Action>
      ))}
    </View>
  )
}
