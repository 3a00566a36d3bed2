import { openPrintFonts } from './server/print/fonts'
import { layoutGuideMap } from './src/core/print/guide-map'
import { GUIDE_TREE } from './src/content/guide/tree'
async function main() {
  let t = Date.now()
  const f = openPrintFonts()
  console.log('open', Date.now() - t); t = Date.now()
  const page = layoutGuideMap({ tree: GUIDE_TREE, channelUrl: (id) => 'https://xf.example.gov.cn/p/guide/' + id, guideUrl: 'https://x.cn/p/guide' }, 'A3', f.measure)
  console.log('layout', Date.now() - t, page.ops.length); t = Date.now()
  await f.subset('regular', '依法信访')
  console.log('subset1', Date.now() - t); t = Date.now()
  await f.subset('bold', '依法信访')
  console.log('subset2', Date.now() - t); t = Date.now()
}
main()
import { writePdf } from './server/print/pdf'
async function two() {
  const f = openPrintFonts()
  const page = layoutGuideMap({ tree: GUIDE_TREE, channelUrl: (id) => 'https://xf.example.gov.cn/p/guide/' + id, guideUrl: 'https://x.cn/p/guide' }, 'A3', f.measure)
  let t = Date.now()
  await writePdf([page], f)
  console.log('write', Date.now() - t); t = Date.now()
  await writePdf([page], f)
  console.log('write2', Date.now() - t); t = Date.now()
}
setTimeout(two, 3000)
