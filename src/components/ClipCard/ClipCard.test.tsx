import { fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { CLIPS, clipById } from '@/content/media'
import { ClipList } from '../ClipList'
import { ClipCard } from './index'

beforeEach(() => __reset())

const clip = clipById('process')!

test('poster with alt text, title, duration 1分16秒 and the articles it covers', () => {
  const { container, getByText, getAllByText } = render(<ClipCard clip={clip} />)
  const poster = container.querySelector(`[aria-label="${clip.title}的画面"]`)
  expect(poster).not.toBeNull()
  expect(poster!.getAttribute('src')).toBe('http://api.test/media/clips/process.jpg')
  expect(getByText(clip.title)).toBeTruthy()
  expect(getAllByText(/1分16秒/).length).toBeGreaterThan(0)
  expect(container.querySelectorAll('.ref-link')).toHaveLength(clip.refs.length)
  expect(getByText('第三十五条')).toBeTruthy()
})

test('tapping the card opens the player; tapping a citation opens the reader instead', () => {
  const { container, getByText } = render(<ClipCard clip={clip} />)
  fireEvent.click(container.querySelector(`[aria-label="播放动漫：${clip.title}，时长1分16秒"]`)!)
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/media/pages/player/index?id=process' })
  fireEvent.click(getByText('第三十五条'))
  expect(Taro.navigateTo).toHaveBeenCalledTimes(2)
  expect((Taro.navigateTo as jest.Mock).mock.calls[1][0].url).toContain('/packages/reader/pages/article/index')
})

test('row variant without citations, custom tap handler', () => {
  const onOpen = jest.fn()
  const { container } = render(<ClipCard clip={clip} variant='row' showRefs={false} onOpen={onOpen} />)
  expect(container.querySelector('.clip-card-row')).not.toBeNull()
  expect(container.querySelectorAll('.ref-link')).toHaveLength(0)
  fireEvent.click(container.querySelector('[role="link"]')!)
  expect(onOpen).toHaveBeenCalledWith(clip)
})

test('ClipList shows every clip, or a titled section with a 全部 link to the clip page', () => {
  const all = render(<ClipList />)
  expect(all.container.querySelectorAll('.clip-card')).toHaveLength(CLIPS.length)
  all.unmount()
  const section = render(<ClipList title='动漫宣传片' limit={2} variant='row' />)
  expect(section.container.querySelectorAll('.clip-card')).toHaveLength(2)
  fireEvent.click(section.getByText(`全部 ${CLIPS.length} 部 ›`))
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/media/pages/clips/index' })
})
