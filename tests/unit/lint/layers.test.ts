/**
 * The layer rules in eslint.config.js really fire: each case lints a small source text as if it
 * were a file at that path (ESLint's Node API, the project's own config and resolver).
 */
import { join } from 'node:path'
import { ESLint } from 'eslint'

const ROOT = join(__dirname, '..', '..', '..')
jest.setTimeout(120000)

let eslint: ESLint
beforeAll(() => {
  // The project's own flat config, passed in as an object: jest cannot run ESLint's dynamic
  // import of the config file.
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require(join(ROOT, 'eslint.config.js')) })
})

/** The ids of the layer rules reported for `code` placed at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) })
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports').map((m) => m.ruleId!)
}

test.each([
  ['content, relative', 'src/core/deadlines/fixture.ts', "import { HOLIDAYS } from '../../content/holidays'\nexport const h = HOLIDAYS\n"],
  ['content, through the @/ alias', 'src/core/deadlines/fixture.ts', "import { HOLIDAYS } from '@/content/holidays'\nexport const h = HOLIDAYS\n"],
  ['page routes', 'src/core/qa/fixture.ts', "import { ROUTES } from '../../routes'\nexport const r = ROUTES\n"],
  ['services', 'src/core/qa/fixture.ts', "import { go } from '../../services/nav'\nexport const g = go\n"],
  ['components', 'src/core/qa/fixture.ts', "import { PageShell } from '../../components/PageShell'\nexport const p = PageShell\n"],
  ['the server', 'src/core/events/fixture.ts', "import { ApiError } from '../../../server/errors'\nexport const e = ApiError\n"],
  ['scripts', 'src/core/events/fixture.ts', "import { contentExport } from '../../../scripts/cli/content'\nexport const c = contentExport\n"],
  ['Taro', 'src/core/events/fixture.ts', "import Taro from '@tarojs/taro'\nexport const t = Taro\n"],
  ['React', 'src/core/events/fixture.ts', "import { useState } from 'react'\nexport const u = useState\n"]
])('src/core may not import %s', async (what, file, code) => {
  const errors = await layerErrors(file, code)
  expect(errors.length).toBeGreaterThanOrEqual(1)
  // Paths are checked by import-x (which resolves the @/ alias too), packages by no-restricted-imports.
  expect(errors).toContain(what === 'Taro' || what === 'React' ? 'no-restricted-imports' : 'import-x/no-restricted-paths')
})

test('the layers the server and the CLI share import each other relatively, not through @/', async () => {
  expect(await layerErrors('src/core/qa/fixture.ts', "import { KIND_LABELS } from '@/core/qa/targets'\nexport const k = KIND_LABELS\n")).toHaveLength(1)
  expect(await layerErrors('src/content/guide/fixture.ts', "import { xinfangRef } from '@/core/law/refs'\nexport const x = xinfangRef\n")).toHaveLength(1)
  expect(await layerErrors('src/content/guide/fixture.ts', "import { xinfangRef } from '../../core/law/refs'\nexport const x = xinfangRef\n")).toEqual([])
})

test('a shared component may not import a page', async () => {
  expect(await layerErrors('src/components/EventCard/fixture.tsx', "import Page from '../../pages/events/index'\nexport const p = Page\n")).toHaveLength(1)
  expect(await layerErrors('src/components/EventCard/fixture.tsx', "import Page from '@/packages/events/pages/detail/index'\nexport const p = Page\n")).toHaveLength(1)
})

test('the allowed directions pass', async () => {
  expect(await layerErrors('src/core/deadlines/fixture.ts', "import { isIsoDate } from './calendar'\nimport { addDays } from '../date'\nimport type { ArticleRef } from '../law/types'\nexport const a = [isIsoDate, addDays]\nexport type R = ArticleRef\n")).toEqual([])
  expect(await layerErrors('src/content/fixture.ts', "import { timeline } from '../core/deadlines'\nexport const t = timeline\n")).toEqual([])
  expect(await layerErrors('src/pages/index/fixture.tsx', "import { HOLIDAYS } from '@/content/holidays'\nimport { go } from '@/services/nav'\nexport const x = [HOLIDAYS, go]\n")).toEqual([])
})
