import * as OpenCC from 'opencc-js'
import { foldVariants, search } from '../../../src/core/search/engine'
import { isCjk } from '../../../src/core/search/normalize'
import { indexedCorpus } from '../../../scripts/build-search-index'
import { hitAt, index, xf } from './helpers'

const ids = (q: string) => search(index(), q, { limit: 5, noSnippets: true }).map((r) => r.id)

describe('繁体 and variant input folds to 简体', () => {
  it('folds character by character, keeping the length (highlight offsets stay valid)', () => {
    expect(foldVariants('信訪後多久會答覆', index().fold, index().foldPhrases)).toBe('信访后多久会答复')
    expect(foldVariants('鄰居們來了', index().fold, index().foldPhrases)).toBe('邻居们来了')
    expect(foldVariants('裏裡', index().fold, index().foldPhrases)).toBe('里里')
    // Characters the corpus itself uses are never folded (著 as in 著作权, 干 as in 干部).
    expect(foldVariants('著干', index().fold, index().foldPhrases)).toBe('著干')
  })

  it('covers every corpus character that has a different traditional form (Taiwan, Hong Kong, generic)', () => {
    const used = new Set<string>()
    for (const d of indexedCorpus()) for (const ch of d.fields.title + d.fields.keywords.join('') + d.fields.body + (d.snippetText ?? '')) if (isCjk(ch.charCodeAt(0))) used.add(ch)
    const chars = [...used]
    const missing: string[] = []
    for (const to of ['tw', 'hk', 't'] as const) {
      const out = OpenCC.Converter({ from: 'cn', to })(chars.join('\n')).split('\n')
      chars.forEach((ch, i) => {
        const trad = out[i]
        if (trad.length !== 1 || trad === ch || used.has(trad)) return
        if (index().fold.get(trad) !== ch && !missing.includes(trad)) missing.push(`${trad}→${ch}`)
      })
    }
    // A traditional form shared by two simplified characters (乾 → 干/乾…) folds to one of them.
    expect(missing.filter((m) => !index().fold.has(m[0]))).toEqual([])
  })

  it.each([
    ['複查要多久', [xf(35)]],
    ['複核期限', [xf(36)]],
    ['走訪最多幾個人', [xf(20)]],
    ['檢舉幹部會不會被打擊報復', [xf(46), xf(30), xf(18)]],
  ])('%s finds what its 简体 form finds', (q, accept) => {
    expect(hitAt(search(index(), q), accept, 3)).toBe(true)
    expect(ids(q)).toEqual(ids(foldVariants(q, index().fold, index().foldPhrases)))
  })

  it('highlights the traditional characters the user typed', () => {
    const r = search(index(), '複查期限')[0]
    expect(r.ranges.length + r.titleRanges.length).toBeGreaterThan(0)
  })
})
