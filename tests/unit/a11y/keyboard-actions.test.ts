/**
 * On H5, Box and Span are a plain <div> and <span> (src/components/Markup): one with an onClick is
 * something a finger can tap but a keyboard cannot reach or press. Tappable markup is Markup's
 * Action instead, which Tab reaches and Enter (and Space, for a button) activates on H5, and which
 * is Taro's View in the mini-program.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { SRC, tsxFiles } from './source-files'


interface Tag {
  file: string
  line: number
  /** The Markup export the tag renders (Box, Span, Action). */
  component: string
  props: string[]
}

/** Every JSX tag that renders one of Markup's exports, with the names of its props. */
function markupTags(file: string): Tag[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const local = new Map<string, string>()
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !/(^|\/)Markup$/.test((st.moduleSpecifier as ts.StringLiteral).text)) continue
    const named = st.importClause?.namedBindings
    if (named && ts.isNamedImports(named)) for (const e of named.elements) local.set(e.name.text, (e.propertyName ?? e.name).text)
  }
  const tags: Tag[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && local.has(node.tagName.getText(source))) {
      tags.push({
        file: path.relative(SRC, file),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        component: local.get(node.tagName.getText(source))!,
        props: node.attributes.properties.map((p) => (ts.isJsxAttribute(p) ? p.name.getText(source) : '...'))
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return tags
}

const tags = Array.from(tsxFiles(SRC)).flatMap(markupTags)

test('the scan sees the home page’s markup and its keyboard-usable links (tiles, section links, events, questions, clips)', () => {
  expect(tags.filter((t) => t.component === 'Box').length).toBeGreaterThanOrEqual(8)
  const actions = new Set(tags.filter((t) => t.component === 'Action').map((t) => t.file.split(path.sep)[1]))
  for (const home of ['FeatureGrid', 'SectionTitle', 'EventCard', 'HotQuestions', 'ClipCard']) expect(actions).toContain(home)
})

test('no Box or Span takes a tap: tappable markup is an Action, so a keyboard can use it on H5', () => {
  const tappable = tags.filter((t) => t.component !== 'Action' && t.props.some((p) => /^on(Click|Tap|LongPress)$/.test(p) || p === '...'))
  expect(tappable.map((t) => `${t.file}:${t.line}: <${t.component} ${t.props.join(' ')}>`)).toEqual([])
})
