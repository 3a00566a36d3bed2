import { fireEvent, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __reset } from '../../../tests/component/taro-mock'
import { POSTERS } from '@/content/media'
import { ALBUM_SCOPE, SAVE_TEXT } from '@/services/save-image'
import { PosterGallery } from './index'

const full = POSTERS.map((p) => `http://api.test/media/${p.image}`)

/** The album APIs the shared Taro mock does not have, as a fake WeChat with one permission state. */
function fakeAlbumApis(state: boolean | undefined, opts: { allowOnAsk?: boolean; grantInSettings?: boolean } = {}) {
  let auth = state
  const apis = {
    getSetting: jest.fn(async () => ({ authSetting: auth === undefined ? {} : { [ALBUM_SCOPE]: auth } })),
    authorize: jest.fn(async () => {
      auth = !!opts.allowOnAsk
      if (!auth) throw { errMsg: 'authorize:fail auth deny' }
      return { errMsg: 'authorize:ok' }
    }),
    openSetting: jest.fn(async () => {
      if (opts.grantInSettings) auth = true
      return { authSetting: { [ALBUM_SCOPE]: auth } }
    }),
    downloadFile: jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/poster.png', statusCode: 200 })),
    saveImageToPhotosAlbum: jest.fn(async () => ({ errMsg: 'saveImageToPhotosAlbum:ok' }))
  }
  Object.assign(Taro, apis)
  return apis
}

beforeEach(() => __reset())

test('a grid of every poster thumbnail, each with its alt text', () => {
  const { container } = render(<PosterGallery saveMode='none' />)
  const thumbs = container.querySelectorAll('.poster-thumb')
  expect(thumbs).toHaveLength(POSTERS.length)
  POSTERS.forEach((p, i) => {
    expect(thumbs[i].getAttribute('aria-label')).toBe(p.alt)
    expect(thumbs[i].getAttribute('src')).toBe(`http://api.test/media/${p.thumb}`)
  })
  expect(container.querySelector('.poster-save')).toBeNull()
})

test('tapping a poster previews it full screen among all the full-size images', () => {
  const { getByRole } = render(<PosterGallery saveMode='none' />)
  const third = POSTERS[2]
  fireEvent.click(getByRole('button', { name: `查看大图：${third.title}` }))
  expect(Taro.previewImage).toHaveBeenCalledWith({ urls: full, current: `http://api.test/media/${third.image}` })
})

test('保存到相册 with the permission already granted downloads the full image and saves it', async () => {
  const apis = fakeAlbumApis(true)
  const { getByRole } = render(<PosterGallery saveMode='album' />)
  fireEvent.click(getByRole('button', { name: `保存到相册：${POSTERS[0].title}` }))
  await waitFor(() => expect(apis.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/poster.png' }))
  expect(apis.downloadFile).toHaveBeenCalledWith({ url: full[0] })
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: SAVE_TEXT.saved }))
})

test('refusing the album permission: explains, offers 去设置, and saves once it is switched on there', async () => {
  const apis = fakeAlbumApis(undefined, { allowOnAsk: false, grantInSettings: true })
  const { getByRole } = render(<PosterGallery saveMode='album' />)
  fireEvent.click(getByRole('button', { name: `保存到相册：${POSTERS[1].title}` }))
  await waitFor(() => expect(apis.openSetting).toHaveBeenCalled())
  expect(apis.authorize).toHaveBeenCalledWith({ scope: ALBUM_SCOPE })
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: SAVE_TEXT.deniedTitle, content: SAVE_TEXT.deniedContent, confirmText: '去设置' }))
  await waitFor(() => expect(apis.saveImageToPhotosAlbum).toHaveBeenCalled())
  expect(apis.downloadFile).toHaveBeenCalledWith({ url: full[1] })
})

test('refused before and declining 去设置: nothing is downloaded, a message says why', async () => {
  const apis = fakeAlbumApis(false)
  ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
  const { getByRole } = render(<PosterGallery saveMode='album' />)
  fireEvent.click(getByRole('button', { name: `保存到相册：${POSTERS[0].title}` }))
  await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: SAVE_TEXT.stillDenied })))
  expect(apis.authorize).not.toHaveBeenCalled()
  expect(apis.openSetting).not.toHaveBeenCalled()
  expect(apis.downloadFile).not.toHaveBeenCalled()
})

test('H5: 下载海报 clicks a real <a download> for the full image', () => {
  const clicked: HTMLAnchorElement[] = []
  const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this)
  })
  const { getByRole } = render(<PosterGallery saveMode='download' />)
  fireEvent.click(getByRole('button', { name: `下载海报：${POSTERS[3].title}` }))
  expect(clicked).toHaveLength(1)
  expect(clicked[0].getAttribute('href')).toBe(full[3])
  expect(clicked[0].getAttribute('download')).toBe(`${POSTERS[3].title}.png`)
  expect(document.querySelector('a[download]')).toBeNull()
  spy.mockRestore()
})
