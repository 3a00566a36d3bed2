/**
 * What typing in the 问答 search costs WeChat: every setData the compiled page sends is measured
 * (the page instance's setData is wrapped). A keystroke only updates the input; the results
 * arrive in one update once typing pauses.
 */
import { fire, loadPage, waitFor } from './harness'

const KB = 1024

test('typing 复查要多久 sends under 8 KB per keystroke and renders the results once', async () => {
  const page = loadPage('pages/qa/index')
  await waitFor(() => page.text().includes('热门问题'))
  const instance = page.comp.instance as unknown as { setData: (d: unknown, cb?: () => void) => void }
  const sizes: number[] = []
  const setData = instance.setData
  instance.setData = function (data: unknown, cb?: () => void) {
    sizes.push(Buffer.byteLength(JSON.stringify(data)))
    return setData.call(this, data, cb)
  }
  const input = page.comp.dom.querySelector('[class*="qa-input"]')!
  expect(input).not.toBeNull()

  let value = ''
  const perKeystroke: number[] = []
  for (const ch of '复查要多久') {
    value += ch
    const before = sizes.length
    fire(input, 'input', { value, cursor: value.length })
    await new Promise((r) => setTimeout(r, 60))
    perKeystroke.push(sizes.slice(before).reduce((a, b) => a + b, 0))
  }
  expect(perKeystroke.every((n) => n > 0)).toBe(true)
  for (const bytes of perKeystroke) expect(bytes).toBeLessThan(8 * KB)

  const beforeResults = sizes.length
  await waitFor(() => page.text().includes('条相关内容'), 3000)
  const resultUpdates = sizes.slice(beforeResults)
  expect(resultUpdates.length).toBeGreaterThanOrEqual(1)
  console.log(`qa search setData: per keystroke ${perKeystroke.map((n) => `${(n / KB).toFixed(1)} KB`).join(', ')}; results ${resultUpdates.map((n) => `${(n / KB).toFixed(1)} KB`).join(' + ')}`)
})
