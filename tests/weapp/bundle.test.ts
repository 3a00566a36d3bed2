/** What the weapp JavaScript targets (babel.config.js): the base-library floor's engines, not iOS 9. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filesByPackage } from '../../scripts/weapp-packages'
import { FAQ_ANSWERS } from '../../src/content/faq-answers'
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

test('the Q&A fuller answers ship in the packages/qa subpackage, not in the main package', () => {
  const packages = filesByPackage()
  const js = (name: string) => packages.get(name)!.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n')
  const main = js('main')
  const qa = js('packages/qa')
  // Each answer's longest paragraph, whole (our own words; a law's text quoted in it is only part of
  // it). Paragraphs with quotes are skipped: the minifier may escape them.
  const samples = Object.values(FAQ_ANSWERS)
    .map((a) => a.split('\n').reduce((x, y) => (y.length > x.length ? y : x)))
    .filter((paragraph) => !/["'\\]/.test(paragraph))
  expect(samples.length).toBeGreaterThan(150)
  expect(samples.filter((s) => main.includes(s))).toEqual([])
  expect(samples.filter((s) => !qa.includes(s))).toEqual([])
})
