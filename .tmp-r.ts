import fs from 'node:fs'
import { guideMapPdf } from './server/print/documents'
async function main() {
  const t = Date.now()
  const bytes = await guideMapPdf((process.argv[2] as 'A3') ?? 'A3', { base: 'https://xf.example.gov.cn' })
  fs.writeFileSync('/tmp/pt/guide.pdf', bytes)
  console.log(bytes.byteLength, Date.now() - t, 'ms')
}
main()
