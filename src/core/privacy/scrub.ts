/**
 * What a search-miss report may carry: the words of the question, never who asked. One pure
 * function used by the app before sending (POST /api/feedback/search) and by the server again on
 * receipt, so a modified client cannot store more than this lets through.
 */
import { halfWidthCode } from '../text/width'

/** Longest scrubbed query kept (the search box takes 60 characters). */
export const FEEDBACK_QUERY_MAX = 60

const CN_DIGIT = '〇零一二三四五六七八九幺两'
/** Names typed after these (「我叫张三」「本人李四」): the name goes, the rest of the question stays. */
const NAME_CUES = ['我的名字叫', '我的名字是', '我名字叫', '我名字是', '本人叫', '本人是', '我叫', '我姓', '本人']
/** Words that, right after 我姓/本人, are not a name (「本人的事」「我是…」 stay). */
const NOT_A_NAME = /^[的是在想要能会和与也就都还已被把对去来说问不没有]/
/** Words that end a name typed without a pause (「我叫张三电话…」 → the name is 张三). */
const AFTER_NAME = /^(电话|手机|身份|家住|住在|今年|现在|想|要|的|是|在|家|我|男|女|，|,)/

/**
 * Removes from a search query everything that could identify a person:
 * - e-mail addresses;
 * - phone and ID-card-like sequences (digits with spaces, dashes or dots between them; an ID may
 *   end in X);
 * - every run of 4 or more digits (phones, ID and case numbers, house numbers, bank cards) and of
 *   4 or more Chinese digits (「一三八…」); short numbers (15日, 第35条, 60天) stay;
 * - a name typed after 我叫 / 我姓 / 本人 / 我的名字是 (up to 3 characters);
 * then full-width → half-width, spaces collapsed, at most FEEDBACK_QUERY_MAX characters.
 */
export function scrubSearchQuery(text: string): string {
  let q = ''
  for (let i = 0; i < text.length; i++) {
    const c = halfWidthCode(text.charCodeAt(i))
    // Control characters become spaces.
    q += c < 0x20 || c === 0x7f ? ' ' : String.fromCharCode(c)
  }
  q = q.replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, ' ')
  // Digit groups joined by separators (138 1234 5678, 0571-8888-1234, 110101 1990…): one run.
  q = q.replace(/\d[\d\s\-.·]{2,}\d[xX]?/g, (m) => (m.replace(/\D/g, '').length >= 4 ? ' ' : m))
  q = q.replace(/\d{4,}[xX]?/g, ' ')
  q = q.replace(new RegExp(`[${CN_DIGIT}]{4,}`, 'g'), ' ')
  for (const cue of NAME_CUES) {
    let at = q.indexOf(cue)
    while (at >= 0) {
      const after = q.slice(at + cue.length)
      const name = /^\s*([\u4e00-\u9fff·]{1,3}|[A-Za-z]+(?:\s[A-Za-z]+)?)/.exec(after)
      if (name && !NOT_A_NAME.test(name[1]) && !AFTER_NAME.test(name[1])) {
        const lead = name[0].length - name[1].length
        let len = name[1].length
        for (let k = 1; k < len; k++) if (AFTER_NAME.test(after.slice(lead + k))) len = k
        q = q.slice(0, at + cue.length) + ' ' + after.slice(lead + len)
      }
      at = q.indexOf(cue, at + cue.length)
    }
  }
  return q.replace(/\s+/g, ' ').trim().slice(0, FEEDBACK_QUERY_MAX).trim()
}

/**
 * The key misses are counted under: the scrubbed query, lower-case, punctuation and spaces
 * dropped (「律师能帮我吗？」 and 「律师 能帮我吗」 are one line of the report).
 */
export function feedbackKey(text: string): string {
  return scrubSearchQuery(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .slice(0, FEEDBACK_QUERY_MAX)
}
