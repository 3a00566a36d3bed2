/** What the weapp JavaScript targets (babel.config.js): the base-library floor's engines, not iOS 9. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIST } from './harness'

test('the sign-up name check keeps its \\p{L} regex native instead of a 29 KB character class', () => {
  const signup = readFileSync(join(DIST, 'packages/events/pages/signup/index.js'), 'utf8')
  expect(signup).toContain('\\p{L}')
  expect(signup.length).toBeLessThan(40_000)
})

test('async code runs natively: no regenerator runtime in the main package', () => {
  for (const file of ['common.js', 'vendors.js', 'taro.js', 'app.js']) {
    expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/regeneratorRuntime|_regenerator\(\)/)
  }
})
