import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ProcessStep } from '@/core/guide/types'
import { ROUTES, withQuery } from '@/routes'
import { go } from '@/services/nav'
import { RefLinks } from '../RefLinks'
import { Action } from '../Markup'
import './index.css'

export interface ProcessFlowProps {
  steps: ProcessStep[]
  /** Ids of the steps open at first (none by default). */
  initiallyOpen?: string[]
  /** Where 「算一算日期」 leads (the deadline calculator, with the step's stage). */
  deadlineRoute?: string
}

/**
 * The petition process as a vertical, tappable flow: each step shows its title, time limit and one
 * line; a tap opens the explanation with its articles. Text wraps; nothing scrolls sideways.
 */
export function ProcessFlow({ steps, initiallyOpen = [], deadlineRoute = ROUTES.deadline }: ProcessFlowProps) {
  const [open, setOpen] = useState<string[]>(initiallyOpen)
  const toggle = (id: string) => setOpen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  return (
    <View className='process-flow' role='list' aria-label='信访流程'>
      {steps.map((step, i) => {
        const isOpen = open.includes(step.id)
        const last = i === steps.length - 1
        return (
          <View key={step.id} className={`process-step ${last ? 'process-step-last' : ''} ${step.final ? 'process-step-final' : ''}`.trim()} role='listitem'>
            <View className='process-rail'>
              <View className='process-dot'>{i + 1}</View>
              {last ? null : <View className='process-line' />}
            </View>
            <View className='process-body card'>
              <Action
                className='process-head'
                role='button'
                aria-expanded={isOpen}
                aria-label={`第${i + 1}步 ${step.title}${step.durationLabel ? `，${step.durationLabel}` : ''}。${isOpen ? '点按收起说明' : '点按展开说明'}`}
                onClick={() => toggle(step.id)}
              >
                <View className='process-title-row'>
                  <Text className='process-title text-large'>{step.title}</Text>
                  <Text className='process-toggle text-small'>{isOpen ? '收起 ▲' : '说明 ▼'}</Text>
                </View>
                {step.durationLabel ? <Text className='process-duration text-small'>{step.durationLabel}</Text> : null}
                <Text className='process-short text-body'>{step.short}</Text>
              </Action>
              {isOpen ? (
                <View className='process-detail'>
                  {step.explanation.map((item) => (
                    <View key={item.text} className='process-para'>
                      <Text className='text-body'>{item.text}</Text>
                      <RefLinks refs={item.refs} />
                    </View>
                  ))}
                  {step.stage ? (
                    <Action
                      className='btn btn-secondary process-calc'
                      role='link'
                      aria-label={`算一算「${step.title}」的日期`}
                      onClick={() => go(withQuery(deadlineRoute, { stage: step.stage }))}
                    >
                      算一算日期
                    </Action>
                  ) : null}
                </View>
              ) : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
