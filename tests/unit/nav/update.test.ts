jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { UPDATE_TEXT, watchForUpdates, type UpdateManagerLike } from '../../../src/services/update'

function fakeManager() {
  let ready: (() => void) | undefined
  const manager: UpdateManagerLike & { fire: () => void; applied: number } = {
    applied: 0,
    onUpdateReady: (fn) => void (ready = fn),
    applyUpdate: () => void (manager.applied += 1),
    fire: () => ready?.()
  }
  return manager
}

const flush = () => new Promise((r) => setTimeout(r, 0))

test('a downloaded new version prompts, and 重启更新 applies it', async () => {
  const m = fakeManager()
  const asked: string[] = []
  expect(watchForUpdates(m, async (title, _c, confirm) => (asked.push(`${title}/${confirm}`), true))).toBe(true)
  expect(asked).toEqual([])
  m.fire()
  await flush()
  expect(asked).toEqual([`${UPDATE_TEXT.title}/${UPDATE_TEXT.confirm}`])
  expect(m.applied).toBe(1)
})

test('稍后 leaves the running version alone; no manager (H5) does nothing', async () => {
  const m = fakeManager()
  watchForUpdates(m, async () => false)
  m.fire()
  await flush()
  expect(m.applied).toBe(0)
  expect(watchForUpdates(null)).toBe(false)
})
