/**
 * On H5, Box and Span are a plain <div> and <span> (src/components/Markup): one with an onClick is
 * something a finger can tap but a keyboard cannot reach or press. So is Taro's own View or Text
 * (<taro-view-core>: no tabindex, no key handling) with an onClick and a control's role. Tappable
 * markup is Markup's Action instead, which Tab reaches and Enter (and Space, for anything but a
 * link) activates on H5, and which is Taro's View in the mini-program.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { SRC, tsxFiles } from './source-files'


interface Tag {
  file: string
  line: number
  /** The component the tag renders: Markup's Box, Span or Action, or Taro's View or Text. */
  component: string
  /** Where it comes from. */
  from: 'Markup' | 'taro'
  props: string[]
  /** The role, when it is written as a string. */
  role?: string
}

/** Taro's components that are no control on H5: a role and an onClick make them look like one. */
const TARO_STATIC = new Set(['View', 'Text'])

/** Every JSX tag that renders one of Markup's exports or Taro's View or Text, with its props. */
function scannedTags(file: string, text = readFileSync(file, 'utf8')): Tag[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const local = new Map<string, { name: string; from: Tag['from'] }>()
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st)) continue
    const spec = (st.moduleSpecifier as ts.StringLiteral).text
    const from = /(^|\/)Markup$/.test(spec) ? 'Markup' : spec === '@tarojs/components' ? 'taro' : null
    const named = st.importClause?.namedBindings
    if (!from || !named || !ts.isNamedImports(named)) continue
    for (const e of named.elements) {
      const name = (e.propertyName ?? e.name).text
      if (from === 'Markup' || TARO_STATIC.has(name)) local.set(e.name.text, { name, from })
    }
  }
  const tags: Tag[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && local.has(node.tagName.getText(source))) {
      const { name, from } = local.get(node.tagName.getText(source))!
      const role = node.attributes.properties.find((p) => ts.isJsxAttribute(p) && p.name.getText(source) === 'role') as ts.JsxAttribute | undefined
      tags.push({
        file: path.relative(SRC, file),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        component: name,
        from,
        props: node.attributes.properties.map((p) => (ts.isJsxAttribute(p) ? p.name.getText(source) : '...')),
        role: role?.initializer && ts.isStringLiteral(role.initializer) ? role.initializer.text : undefined
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return tags
}

const tags = Array.from(tsxFiles(SRC)).flatMap((file) => scannedTags(file))
const markup = tags.filter((t) => t.from === 'Markup')

/** The roles of something a tap operates: Action's roles (src/components/Markup's ActionProps). */
const CONTROL_ROLES = ['link', 'button', 'tab', 'checkbox', 'radio', 'switch']
const tapped = (t: Tag) => t.props.some((p) => /^on(Click|Tap|LongPress)$/.test(p) || p === '...')
/** Taro Views and Texts that a tap operates as a control: each should be an Action. */
const taroControls = (all: Tag[]) =>
  all.filter((t) => t.from === 'taro' && tapped(t) && (t.role === undefined ? t.props.includes('role') : CONTROL_ROLES.includes(t.role)))
const where = (t: Tag) => `${t.file}:${t.line}: <${t.component} ${t.props.join(' ')}>`

test('the scan sees the home page’s markup and its keyboard-usable links (tiles, section links, events, questions, clips)', () => {
  expect(markup.filter((t) => t.component === 'Box').length).toBeGreaterThanOrEqual(8)
  const actions = new Set(markup.filter((t) => t.component === 'Action').map((t) => t.file.split(path.sep)[1]))
  for (const home of ['FeatureGrid', 'SectionTitle', 'EventCard', 'HotQuestions', 'ClipCard']) expect(actions).toContain(home)
})

test('no Box or Span takes a tap: tappable markup is an Action, so a keyboard can use it on H5', () => {
  const tappable = markup.filter((t) => t.component !== 'Action' && t.component !== 'InlineAction' && tapped(t))
  expect(tappable.map(where)).toEqual([])
})

test('no Taro View or Text with a link’s or button’s role takes a tap: on H5 it is no control, so it is an Action', () => {
  expect(taroControls(tags).map(where)).toEqual([])
})

test('the Taro scan sees Views and Texts, and the pages’ links and buttons as Actions', () => {
  expect(tags.filter((t) => t.from === 'taro' && t.component === 'View').length).toBeGreaterThanOrEqual(200)
  expect(tags.filter((t) => t.from === 'taro' && t.component === 'Text').length).toBeGreaterThanOrEqual(50)
  const actions = markup.filter((t) => t.component === 'Action')
  expect(actions.length).toBeGreaterThanOrEqual(80)
  const files = new Set(actions.map((t) => t.file.split(path.sep).join('/')))
  for (const page of ['pages/qa/index.tsx', 'pages/guide/index.tsx', 'pages/events/index.tsx', 'pages/mine/index.tsx', 'packages/reader/pages/toc/index.tsx', 'packages/reader/pages/article/index.tsx', 'packages/reader/pages/cards/index.tsx', 'packages/about/pages/about/index.tsx'])
    expect(files).toContain(page)
})

test('the Taro scan catches a tappable View or Text with a control’s role, however it is imported', () => {
  const caught = (code: string) => taroControls(scannedTags(path.join(SRC, 'x.tsx'), code)).map((t) => `${t.component}:${t.line}`)
  expect(
    caught(`import { Text, View as V } from '@tarojs/components'
export const A = () => <V role='link' aria-label='a' onClick={() => {}} />
export const B = () => <Text role='button' aria-label='b' onClick={() => {}}>b</Text>
export const C = () => <V role={'tab'} aria-label='c' onClick={() => {}} />
export const D = () => <V role='list' onClick={() => {}} />
export const E = () => <V aria-hidden onClick={() => {}} />
export const F = () => <V role='button' aria-label='f' />`)
  ).toEqual(['View:2', 'Text:3', 'View:4'])
})
