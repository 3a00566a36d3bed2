import fs from 'node:fs'
import { posterPdf, POSTER_IDS } from './server/print/documents'
async function main() {
  for (const id of POSTER_IDS) {
    const bytes = await posterPdf(id, { base: 'https://xf.example.gov.cn' })
    fs.writeFileSync(`/tmp/pt/poster-${id}.pdf`, bytes!)
    console.log(id, bytes!.byteLength)
  }
}
main()
