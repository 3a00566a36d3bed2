import { act, fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import * as favourites from '@/services/favourites'
import { FavouriteList, FAVOURITES_EMPTY } from './index'

beforeEach(() => __reset())

test('empty: explains how to add favourites', () => {
  const { getByText } = render(<FavouriteList />)
  expect(getByText('还没有收藏的条文。阅读条文时点「收藏」即可保存在这里。')).toBeTruthy()
  expect(FAVOURITES_EMPTY).toContain('收藏')
})

test('lists favourites newest first with label and first words; a tap opens the reader', () => {
  favourites.add({ law: 'xinfang-2022', article: 35 })
  favourites.add({ law: 'xingzheng-fuyi-2023', article: 20 })
  const { container, getByText } = render(<FavouriteList />)
  const labels = Array.from(container.querySelectorAll('.favourite-label')).map((el) => el.textContent)
  expect(labels).toEqual(['第二十条', '第三十五条'])
  const laws = Array.from(container.querySelectorAll('.favourite-law')).map((el) => el.textContent)
  expect(laws).toEqual(['《行政复议法》', '《信访工作条例》'])
  expect(container.querySelector('[aria-label="打开行政复议法第二十条"]')).not.toBeNull()
  expect(getByText(/^信访人对信访处理意见不服的/)).toBeTruthy()
  fireEvent.click(container.querySelector('[aria-label="打开第三十五条"]')!)
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/reader/pages/article/index?law=xinfang-2022&article=35' })
})

test('remove asks first, then drops the article from the list and from storage', async () => {
  favourites.add({ law: 'xinfang-2022', article: 35 })
  const { container, findByText } = render(<FavouriteList />)
  await act(async () => {
    fireEvent.click(container.querySelector('[aria-label="把第三十五条移出收藏"]')!)
  })
  expect(Taro.showModal).toHaveBeenCalled()
  await findByText(FAVOURITES_EMPTY)
  expect(favourites.list()).toEqual([])
})

test('keeps the article when the citizen cancels the removal', async () => {
  favourites.add({ law: 'xinfang-2022', article: 35 })
  ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
  const { container } = render(<FavouriteList />)
  await act(async () => {
    fireEvent.click(container.querySelector('[aria-label="把第三十五条移出收藏"]')!)
  })
  expect(favourites.isFavourite({ law: 'xinfang-2022', article: 35 })).toBe(true)
  expect(container.querySelector('.favourite-label')).not.toBeNull()
})

test('entries for unknown articles are skipped; a new mount reads storage again', async () => {
  favourites.add({ law: 'xinfang-2022', article: 99 })
  const first = render(<FavouriteList />)
  expect(first.getByText(FAVOURITES_EMPTY)).toBeTruthy()
  first.unmount()
  favourites.add({ law: 'xinfang-2022', article: 26 })
  const second = render(<FavouriteList confirmRemove={false} />)
  await waitFor(() => expect(second.container.querySelectorAll('.favourite-label')).toHaveLength(1))
})
