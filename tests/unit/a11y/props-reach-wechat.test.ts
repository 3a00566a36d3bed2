/**
 * Every role/aria-* prop written on a Taro host component must reach WeChat: the component and
 * attribute are in config/weapp-a11y/attributes.json, which puts them into the compiled
 * templates. A prop that would reach nothing (and only ride in setData) fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import attributes from '../../../config/weapp-a11y/attributes.json'

const SRC = path.join(__dirname, '..', '..', '..', 'src')
const table = attributes as Record<string, Record<string, string>>

function* tsxFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) yield* tsxFiles(p)
    else if (p.endsWith('.tsx') && !p.endsWith('.test.tsx')) yield p
  }
}

interface Use {
  file: string
  component: string
  prop: string
}

/** role/aria-* props on components imported from @tarojs/components. */
function a11yUses(file: string): Use[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const hostNames = new Set<string>()
  for (const st of source.statements) {
    if (ts.isImportDeclaration(st) && (st.moduleSpecifier as ts.StringLiteral).text === '@tarojs/components') {
      const named = st.importClause?.namedBindings
      if (named && ts.isNamedImports(named)) named.elements.forEach((e) => hostNames.add(e.name.text))
    }
  }
  const uses: Use[] = []
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const component = node.tagName.getText(source)
      if (hostNames.has(component)) {
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

test('the scan finds the app’s accessibility props', () => {
  expect(uses.length).toBeGreaterThan(150)
  expect(uses.some((u) => u.component === 'Switch' && u.prop === 'aria-label')).toBe(true)
})

test('every role/aria-* prop on a host component reaches WeChat', () => {
  const lost = uses.filter((u) => !(u.prop in (table[u.component] ?? {}))).map((u) => `${u.file}: <${u.component} ${u.prop}>`)
  expect(lost).toEqual([])
})
