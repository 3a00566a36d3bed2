/**
 * Every role/aria-* prop written on a Taro host component must reach WeChat: the component and
 * attribute are in config/weapp-a11y/attributes.json, which puts them into the compiled
 * templates. A prop that would reach nothing (and only ride in setData) fails here. The Markup
 * components (Box, Span, Action: <div>/<span> on H5) are Taro's View and Text in the mini-program,
 * so they count as those.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { SRC, tsxFiles } from './source-files'
import attributes from '../../../config/weapp-a11y/attributes.json'

const table = attributes as Record<string, Record<string, string>>

/**
 * src/components/Markup's exports and the Taro component each one is in the mini-program: `Box` →
 * `View`, and `Action` (a keyboard-usable <div> on H5) → `View`.
 */
const MARKUP = new Map(
  [...readFileSync(path.join(SRC, 'components', 'Markup', 'index.ts'), 'utf8').matchAll(/export const (\w+) = \(process\.env\.TARO_ENV === 'h5' \? (?:'\w+'|\w+) : (\w+)\)/g)].map(
    (m) => [m[1], m[2]] as [string, string]
  )
)

interface Use {
  file: string
  component: string
  prop: string
}

/** role/aria-* props on components imported from @tarojs/components. */
function a11yUses(file: string): Use[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  /** Local name → the Taro component it renders in the mini-program. */
  const hostNames = new Map<string, string>()
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st)) continue
    const from = (st.moduleSpecifier as ts.StringLiteral).text
    const named = st.importClause?.namedBindings
    if (!named || !ts.isNamedImports(named)) continue
    for (const e of named.elements) {
      const imported = (e.propertyName ?? e.name).text
      if (from === '@tarojs/components') hostNames.set(e.name.text, imported)
      else if (/(^|\/)Markup$/.test(from) && MARKUP.has(imported)) hostNames.set(e.name.text, MARKUP.get(imported)!)
    }
  }
  const uses: Use[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const component = hostNames.get(node.tagName.getText(source))
      if (component) {
        for (const attr of node.attributes.properties) {
          if (!ts.isJsxAttribute(attr)) continue
          const prop = attr.name.getText(source)
          if (prop === 'role' || prop.startsWith('aria-')) uses.push({ file: path.relative(SRC, file), component, prop })
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return uses
}

const uses = Array.from(tsxFiles(SRC)).flatMap(a11yUses)

test('the scan finds the app’s accessibility props, those on the Markup components too', () => {
  expect(uses.length).toBeGreaterThan(150)
  expect(uses.some((u) => u.component === 'Switch' && u.prop === 'aria-label')).toBe(true)
  expect([...MARKUP]).toEqual([
    ['Box', 'View'],
    ['Span', 'Text'],
    ['Action', 'View'],
    ['InlineAction', 'Text']
  ])
  const home = uses.filter((u) => /^components[\\/](FeatureGrid|HotQuestions|SectionTitle|ClipCard)[\\/]/.test(u.file))
  expect(home.filter((u) => u.prop === 'role').length).toBeGreaterThanOrEqual(4)
})

test('every role/aria-* prop on a host component reaches WeChat', () => {
  const lost = uses.filter((u) => !(u.prop in (table[u.component] ?? {}))).map((u) => `${u.file}: <${u.component} ${u.prop}>`)
  expect(lost).toEqual([])
})
