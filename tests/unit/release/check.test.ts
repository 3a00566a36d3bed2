import { checkRelease, findLoopback } from '../../../src/core/release/check'
import { sampleDataFromEnv } from '../../../server/sample-data'

const ok = { apiBase: 'https://xf.city.gov.cn', mediaBase: 'https://cdn.city.gov.cn/media', bureauIsSample: false, bureauFile: 'bureau.config.json', allowSample: false }

test('a release with https bases and real facts may be built', () => {
  expect(checkRelease(ok)).toBeNull()
})

test.each([
  [{ apiBase: undefined }, /^API_BASE 未设置/],
  [{ apiBase: '' }, /^API_BASE 未设置/],
  [{ apiBase: 'http://xf.city.gov.cn' }, /^API_BASE=http:\/\/xf.city.gov.cn 不是 https/],
  [{ mediaBase: undefined }, /^MEDIA_BASE 未设置/],
  [{ mediaBase: 'ftp://cdn.city.gov.cn' }, /^MEDIA_BASE=.* 不是 https/],
  [{ apiBase: 'https://127.0.0.1:8443' }, /本机 127.0.0.1/],
  [{ mediaBase: 'https://localhost/media' }, /本机|不是 https/],
  [{ bureauIsSample: true }, /^bureau.config.json 是示例信息/]
])('refuses %p with one line naming the problem', (change, message) => {
  const problem = checkRelease({ ...ok, ...change })
  expect(problem).toMatch(message)
  expect(problem).not.toContain('\n')
})

test('RELEASE_ALLOW_SAMPLE=1 makes a demo build of sample facts possible, but never with a bad base', () => {
  expect(checkRelease({ ...ok, bureauIsSample: true, allowSample: true })).toBeNull()
  expect(checkRelease({ ...ok, bureauIsSample: true, allowSample: true, apiBase: 'http://x.cn' })).toMatch(/API_BASE/)
})

test('findLoopback finds loopback hosts and leaves look-alikes alone', () => {
  expect(findLoopback('var a="http://127.0.0.1:8080"')).toBe('127.0.0.1')
  expect(findLoopback('fetch("http://localhost:3000/api")')).toBe('localhost')
  expect(findLoopback('HOST=0.0.0.0')).toBe('0.0.0.0')
  expect(findLoopback('"http://[::1]:8080"')).toBe('[::1]')
  expect(findLoopback('version 1127.0.0.15 and mylocalhost.cn, https://xf.city.gov.cn')).toBeNull()
})

test('SAMPLE_DATA: on for a newcomer, off by default in production, explicit values win', () => {
  expect(sampleDataFromEnv({})).toBe(true)
  expect(sampleDataFromEnv({ NODE_ENV: 'production' })).toBe(false)
  expect(sampleDataFromEnv({ NODE_ENV: 'production', SAMPLE_DATA: '1' })).toBe(true)
  expect(sampleDataFromEnv({ SAMPLE_DATA: '0' })).toBe(false)
  expect(sampleDataFromEnv({ SAMPLE_DATA: 'false' })).toBe(false)
})
