import { Text, View } from '@tarojs/components'
import { go } from '@/services/nav'
import './index.css'

export interface Feature {
  title: string
  subtitle: string
  url: string
  /** A short glyph shown in the tile (kept as text: no icon font needed). */
  glyph: string
}

export interface FeatureGridProps {
  features: Feature[]
}

/** The home page's entry tiles: every feature of the app is one tap away. */
export function FeatureGrid({ features }: FeatureGridProps) {
  return (
    <View className='feature-grid'>
      {features.map((f) => (
        <View key={f.url} className='feature-tile' role='link' aria-label={`${f.title}：${f.subtitle}`} onClick={() => go(f.url)}>
          <Text className='feature-glyph'>{f.glyph}</Text>
          <Text className='feature-title'>{f.title}</Text>
          <Text className='feature-subtitle'>{f.subtitle}</Text>
        </View>
      ))}
    </View>
  )
}
