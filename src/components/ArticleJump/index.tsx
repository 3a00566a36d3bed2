import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { parseArticleInput } from '@/core/reader/jump'
import { Action } from '../Markup'
import './index.css'

export interface ArticleJumpProps {
  /** How many articles the law has (jumps beyond it are refused with a message). */
  count: number
  /** The law's name as shown in messages, e.g. 「《信访工作条例》」. */
  lawName?: string
  /** Called with a valid article number. */
  onJump: (article: number) => void
  placeholder?: string
}

/** 「跳到第几条」: accepts 35, 第35条, 第三十五条; explains in plain words what it cannot open. */
export function ArticleJump({ count, lawName = '本法', onJump, placeholder = '条号' }: ArticleJumpProps) {
  const [value, setValue] = useState('')
  const [error, setError] = useState('')
  const submit = (raw: string = value) => {
    const result = parseArticleInput(raw, count, lawName)
    if (result.ok) {
      setError('')
      onJump(result.article)
    } else {
      setError(result.error)
    }
  }
  return (
    <View className='article-jump card'>
      <Text className='text-body bold article-jump-title'>跳到第几条</Text>
      <Text className='text-small article-jump-hint'>可以输入 35、第35条 或 第三十五条</Text>
      <View className='row article-jump-row'>
        <Input
          className='input grow article-jump-input'
          type='text'
          value={value}
          placeholder={placeholder}
          confirmType='go'
          aria-label={`输入条文序号，共${count}条`}
          onInput={(e) => {
            setValue(e.detail.value)
            if (error) setError('')
          }}
          onConfirm={(e) => submit(e.detail.value)}
        />
        <Action className='btn btn-primary article-jump-go' role='button' aria-label='打开这一条' onClick={() => submit()}>
          打开
        </Action>
      </View>
      {error ? (
        <View className='article-jump-error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
