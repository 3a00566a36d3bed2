/**
 * What the 问答 page says about a query itself (a law the app does not carry, a 2005 article).
 * Pure: the page shows the text, the concordance data comes with the note.
 */
import type { SearchNote } from '../search/types'
import { articleLabel } from '../law/numerals'

export function searchNoteText(note: SearchNote): string {
  if (note.kind === 'other-law') {
    const law = note.law ? `《${note.law}》` : '这部法律或法规'
    return `本程序只收录《信访工作条例》《行政复议法》《行政诉讼法》《劳动争议调解仲裁法》的全文，没有收录${law}，所以不打开同号条文。可以到国家法律法规数据库查阅原文，或拨打12348咨询。`
  }
  const old = `《信访条例》（2005年，已废止）${articleLabel(note.old)}`
  if (!note.current.length) return `${old}不存在：那部条例只有五十一条。现行的是2022年《信访工作条例》。`
  const now = note.current.map((n) => articleLabel(n)).join('、')
  return `${old}${note.topic ? `（${note.topic}）` : ''}，现行《信访工作条例》（2022年）的相应规定在${now}。下面先列出现行条文。`
}
