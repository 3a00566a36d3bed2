/**
 * The WeChat build keeps its update prompt (src/app.tsx runs watchForUpdates only there; the H5
 * build leaves it out): the compiled dist/weapp app registers with wx.getUpdateManager at launch
 * and, once WeChat has downloaded a new version, asks with a modal and restarts into it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, loadPage, stubWx, waitFor, wxCalls } from './harness'

const ready: Array<() => void> = []
let applied = 0
let answer = true

beforeAll(() => {
  stubWx('getUpdateManager', () => ({
    onCheckForUpdate: () => undefined,
    onUpdateReady: (fn: () => void) => void ready.push(fn),
    onUpdateFailed: () => undefined,
    applyUpdate: () => void (applied += 1)
  }))
  stubWx('showModal', (opts) => {
    const res = { confirm: answer, cancel: !answer, errMsg: 'showModal:ok' }
    ;(opts.success as (r: unknown) => void)?.(res)
    ;(opts.complete as (r: unknown) => void)?.(res)
  })
})

test('dist/weapp/app.js carries the update-manager hook', () => {
  const app = readFileSync(join(DIST, 'app.js'), 'utf8')
  expect(app).toContain('getUpdateManager')
  expect(app).toContain('onUpdateReady')
  expect(app).toContain('重启更新')
})

test('at launch the app listens for a downloaded update, asks to restart, and applies it when confirmed', async () => {
  loadPage('pages/index/index')
  expect(wxCalls.filter((c) => c.api === 'getUpdateManager')).toHaveLength(1)
  expect(ready).toHaveLength(1)
  ready[0]()
  await waitFor(() => applied === 1)
  const modal = wxCalls.find((c) => c.api === 'showModal')
  expect(modal?.options).toMatchObject({ title: '有新版本', confirmText: '重启更新', cancelText: '稍后' })
})

test('“稍后” leaves the running version alone', async () => {
  answer = false
  const asked = wxCalls.filter((c) => c.api === 'showModal').length
  ready[0]()
  await waitFor(() => wxCalls.filter((c) => c.api === 'showModal').length === asked + 1)
  await new Promise((r) => setTimeout(r, 50))
  expect(applied).toBe(1)
})
