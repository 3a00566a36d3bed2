import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { validateBureauConfig, type BureauConfig } from '../../../src/core/bureau/config'
import { loadBureauConfig, syncProjectAppid } from '../../../scripts/bureau-config'
import { BUREAU } from '../../../src/config/bureau'

const ROOT = path.join(__dirname, '..', '..', '..')
const example = JSON.parse(readFileSync(path.join(ROOT, 'bureau.config.example.json'), 'utf8')) as BureauConfig

/** A plausible real configuration (fictional values, in the shape a bureau would fill in). */
function real(): BureauConfig {
  return {
    sample: false,
    name: '某某市信访局',
    city: '某某市',
    districts: ['东城', '西城'],
    reception: { address: '某某市东城区人民路 1 号', hours: '工作日 9:00–17:00', phone: '0592-1234567', mailingAddress: '某某市东城区人民路 1 号 信访局 收' },
    onlineChannel: { name: '某某市网上信访平台', url: 'https://xf.city.gov.cn/', progressQuery: '凭编号在平台查询' },
    appid: 'wx0123456789abcdef',
    publicBase: 'https://xf.city.gov.cn/'
  }
}

function fields(raw: unknown): string[] {
  const r = validateBureauConfig(raw)
  return r.ok ? [] : r.errors.map((e) => e.field)
}

test('the example file is valid and marked as a sample', () => {
  const r = validateBureauConfig(example)
  expect(r.ok).toBe(true)
  expect(example.sample).toBe(true)
})

test('a real configuration validates; publicBase loses its trailing slash', () => {
  const r = validateBureauConfig(real())
  expect(r).toEqual({ ok: true, config: expect.objectContaining({ publicBase: 'https://xf.city.gov.cn', sample: false }) })
})

test('errors name the field', () => {
  const c = real() as unknown as Record<string, unknown>
  expect(fields({ ...c, name: '' })).toEqual(['name'])
  expect(fields({ ...c, districts: [] })).toEqual(['districts'])
  expect(fields({ ...c, reception: { ...real().reception, phone: '请拨打' } })).toEqual(['reception.phone'])
  expect(fields({ ...c, onlineChannel: { ...real().onlineChannel, url: 'http://xf.city.gov.cn' } })).toEqual(['onlineChannel.url'])
  expect(fields({ ...c, appid: 'wx123' })).toEqual(['appid'])
  expect(fields({ ...c, publicBase: 'http://127.0.0.1:8080' })).toEqual(['publicBase'])
  expect(fields({ ...c, sample: 'no' })).toEqual(['sample'])
  const { reception: _r, ...noReception } = c
  expect(fields(noReception)).toEqual(['reception', 'reception.address', 'reception.hours', 'reception.phone', 'reception.mailingAddress'])
})

test('a file marked real must not keep the sample placeholders', () => {
  const halfEdited = { ...real(), reception: { ...real().reception, address: example.reception.address } }
  expect(fields(halfEdited)).toEqual(['reception.address'])
  expect(fields({ ...real(), appid: 'touristappid' })).toContain('appid')
})

describe('choosing the file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bureau-'))
  copyFileSync(path.join(ROOT, 'bureau.config.example.json'), path.join(dir, 'bureau.config.example.json'))
  writeFileSync(path.join(dir, 'project.config.json'), JSON.stringify({ appid: 'touristappid', miniprogramRoot: 'dist/weapp/' }, null, 2))

  test('with neither BUREAU_CONFIG nor bureau.config.json the example is used and counts as a sample', () => {
    const loaded = loadBureauConfig({}, dir)
    expect(loaded.file).toBe('bureau.config.example.json')
    expect(loaded.isSample).toBe(true)
  })

  test('the example counts as a sample even if someone sets sample:false in it', () => {
    const edited = { ...real(), sample: false }
    const exDir = mkdtempSync(path.join(tmpdir(), 'bureau-ex-'))
    writeFileSync(path.join(exDir, 'bureau.config.example.json'), JSON.stringify(edited))
    expect(loadBureauConfig({}, exDir).isSample).toBe(true)
  })

  test('bureau.config.json wins over the example, BUREAU_CONFIG over both', () => {
    writeFileSync(path.join(dir, 'bureau.config.json'), JSON.stringify(real()))
    expect(loadBureauConfig({}, dir)).toMatchObject({ file: 'bureau.config.json', isSample: false })
    writeFileSync(path.join(dir, 'city-b.json'), JSON.stringify({ ...real(), name: '另一市信访局' }))
    expect(loadBureauConfig({ BUREAU_CONFIG: 'city-b.json' }, dir).config.name).toBe('另一市信访局')
    expect(() => loadBureauConfig({ BUREAU_CONFIG: 'missing.json' }, dir)).toThrow(/BUREAU_CONFIG=missing.json/)
  })

  test('an invalid file stops with one line per bad field', () => {
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...real(), appid: 'abc', city: '' }))
    expect(() => loadBureauConfig({ BUREAU_CONFIG: 'bad.json' }, dir)).toThrow(/bad.json: city: .*\nbad.json: appid: /)
  })

  test("project.config.json's appid follows the bureau's", () => {
    expect(syncProjectAppid('wx0123456789abcdef', dir)).toBe(true)
    expect(JSON.parse(readFileSync(path.join(dir, 'project.config.json'), 'utf8'))).toEqual({ appid: 'wx0123456789abcdef', miniprogramRoot: 'dist/weapp/' })
    expect(syncProjectAppid('wx0123456789abcdef', dir)).toBe(false)
  })
})

test('the app accessor reads the sample outside a build (jest), with its districts', () => {
  expect(BUREAU.isSample).toBe(true)
  expect(BUREAU.name).toBe(example.name)
  expect(BUREAU.districts).toEqual(example.districts)
})
