/**
 * The labelled links of the home page (src/pages/index/index.tsx and its components), which must
 * reach screen readers on H5 (where they are plain <div>s, src/components/Markup) and in WeChat
 * (Taro's View, with aria-role/aria-label in the compiled templates) alike.
 * tests/browser/shell.test.ts and tests/weapp/a11y.test.ts check the rendered page against it.
 */
const FEATURE_TITLES = ['条例原文', '条例图解', '依法信访引导图', '信访流程', '期限计算', '信访问答', '活动报名', '动漫宣传片', '普法海报', '联系信访部门']

/** What is missing from the labels of a rendered home page's role=link elements (empty when all are there). */
export function missingHomeLinks(labels: string[]): string[] {
  const missing: string[] = []
  const expect = (what: string, count: number, test: (label: string) => boolean) => {
    const found = labels.filter(test).length
    if (found < count) missing.push(`${what}: ${found} of ${count}`)
  }
  for (const title of FEATURE_TITLES) expect(`feature tile ${title}`, 1, (l) => new RegExp(`^${title}：\\S`).test(l))
  expect('近期活动 more link', 1, (l) => l === '近期活动，全部活动')
  expect('热门问题 more link', 1, (l) => l === '热门问题，去问答')
  expect('动漫宣传片 more link', 1, (l) => l.startsWith('动漫宣传片，全部'))
  expect('hot questions', 4, (l) => /^问题：\S/.test(l))
  expect('clip cards', 2, (l) => /^播放动漫：\S.*，时长/.test(l))
  return missing
}
