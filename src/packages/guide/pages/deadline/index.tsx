import { Input, Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { DeadlineList } from '@/components/DeadlineList'
import { PageShell } from '@/components/PageShell'
import { RefLinks } from '@/components/RefLinks'
import { formatDateCN, todayInChina } from '@/core/date'
import { computeTimeline, isIsoDate, isStage, normalizeDateInput, validateInput } from '@/core/deadlines'
import { DEADLINE_RULES, STAGES } from '@/content/deadline-stages'
import { Action } from '@/components/Markup'
import './index.css'

/** Reads `e.detail.value` (mini-program and H5), falling back to the DOM target's value. */
function eventValue(e: unknown): string {
  const ev = e as { detail?: { value?: unknown }; target?: { value?: unknown } }
  const v = ev?.detail?.value ?? ev?.target?.value
  return typeof v === 'string' ? v : ''
}

export default function DeadlinePage() {
  const params = useRouter().params ?? {}
  const initialStage = isStage(params.stage) ? params.stage : ''
  const initialDate = isIsoDate(params.date) ? (params.date as string) : ''
  const [stage, setStage] = useState<string>(initialStage)
  const [date, setDate] = useState<string>(initialDate)
  const [typed, setTyped] = useState<string>(initialDate)
  const [error, setError] = useState('')
  // Set by a citizen's 计算 / date pick: the results may be below the fold on a small phone.
  const [scrollToResults, setScrollToResults] = useState(false)
  const today = todayInChina()

  const chooseDate = (value: string) => {
    const normalized = normalizeDateInput(value)
    if (!normalized) {
      setError('请先填写日期，例如 2026-06-01。')
      setDate('')
      return
    }
    const problem = validateInput(stage || STAGES[0].key, normalized)
    if (problem && problem.code === 'BAD_DATE') {
      // Clear the old results: left in place they would read as the answer for the new date.
      setError(problem.message)
      setDate('')
      return
    }
    setError('')
    setDate(normalized)
    setTyped(normalized)
    setScrollToResults(true)
  }

  const stageDef = STAGES.find((s) => s.key === stage)
  const result = stage && date ? computeTimeline(DEADLINE_RULES, stage, date) : null
  const showResults = Boolean(result && result.ok)

  useEffect(() => {
    if (!scrollToResults || !showResults) return
    setScrollToResults(false)
    Taro.pageScrollTo({ selector: '.deadline-results', duration: 300 }).catch(() => undefined)
  }, [scrollToResults, showResults])

  return (
    <PageShell className='deadline'>
      <View className='card'>
        <Text className='text-title deadline-heading'>期限计算</Text>
        <Text className='text-small'>选您现在所处的阶段，再填那一天的日期，就能看到后面每个法定期限。</Text>
      </View>

      <View className='section-title'>1. 您现在到了哪一步？</View>
      <View className='deadline-stages' role='radiogroup' aria-label='选择阶段'>
        {STAGES.map((s) => {
          const selected = s.key === stage
          return (
            <Action
              key={s.key}
              className={`deadline-stage ${selected ? 'deadline-stage-on' : ''}`.trim()}
              role='radio'
              aria-checked={selected}
              aria-label={s.label}
              onClick={() => setStage(s.key)}
            >
              <View className='deadline-radio'>{selected ? <View className='deadline-radio-dot' /> : null}</View>
              <Text className='deadline-stage-text'>{s.label}</Text>
            </Action>
          )
        })}
      </View>

      <View className='section-title'>2. {stageDef ? `${stageDef.dateLabel}是哪天？` : '是哪一天？'}</View>
      <View className='card deadline-date-card'>
        {stageDef ? (
          <View className='deadline-hint'>
            <Text className='text-small'>{stageDef.hint}</Text>
            <RefLinks refs={stageDef.refs} />
          </View>
        ) : null}
        <Picker mode='date' value={date || today} start='2000-01-01' end='2099-12-31' onChange={(e) => chooseDate(eventValue(e))}>
          <View className='btn btn-primary deadline-pick' role='button' aria-label={date ? `已选日期 ${formatDateCN(date)}，点按修改` : '点按选择日期'}>
            {date ? formatDateCN(date) : '点按选择日期'}
          </View>
        </Picker>
        <Text className='text-body deadline-or'>或者直接输入日期（年-月-日）：</Text>
        <View className='deadline-type-row'>
          <Input
            className='input deadline-date-input'
            type='text'
            value={typed}
            placeholder='如 2026-06-01'
            maxlength={16}
            confirmType='done'
            aria-label='直接输入日期，格式 年-月-日'
            onInput={(e) => {
              setTyped(eventValue(e))
              if (error) setError('')
            }}
            onConfirm={(e) => chooseDate(eventValue(e) || typed)}
          />
          <Action className='btn btn-secondary deadline-type-go' role='button' aria-label='按输入的日期计算' onClick={() => chooseDate(typed)}>
            计算
          </Action>
        </View>
        {error ? (
          <View className='deadline-error' role='alert'>
            {error}
          </View>
        ) : null}
      </View>

      {!stage ? <View className='text-small deadline-wait'>请先在上面选一个阶段。</View> : null}
      {stage && !date ? <View className='notice deadline-wait'>请选择或输入日期。</View> : null}
      {result && !result.ok ? (
        <View className='deadline-error' role='alert'>
          {result.error.message}
        </View>
      ) : null}
      {result && result.ok ? (
        <View className='deadline-results' aria-live='polite'>
          <View className='section-title'>3. 您的期限</View>
          <Text className='text-small deadline-from'>
            从{stageDef?.dateLabel}（{formatDateCN(date)}）算起，今天是{formatDateCN(today)}：
          </Text>
          {date > today ? (
            <View className='notice deadline-future' role='note'>
              您填的日期在今天之后，还没有到。下面是按这一天推算的日期；请确认日期是否填对。
            </View>
          ) : null}
          <DeadlineList entries={result.entries} today={today} basis={result.basis} />
        </View>
      ) : null}
    </PageShell>
  )
}
