/**
 * Characters that make text lie about itself. Pure; shared by the sign-up form, the server and
 * the CLI.
 * - Bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) reorder what a reader sees
 *   ("王\u202e五" shows reversed), so no text of ours may carry them.
 * - Blank "letters" (Hangul fillers U+3164/U+115F/U+1160/U+FFA0, braille blank U+2800) and
 *   invisible format characters (zero-width space U+200B, BOM U+FEFF, Mongolian vowel separator
 *   U+180E) look like nothing but count as letters or pass trimming.
 * - Stacks of combining marks ("Zalgo" text) spill over neighbouring lines; real scripts need
 *   at most two after NFC (Vietnamese, Thai, Devanagari).
 */
export const BIDI_CONTROL_RE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
export const INVISIBLE_RE = /[\u115f\u1160\u3164\uffa0\u2800\u200b\ufeff\u180e]/
// One \p{M} class only: babel spells each one out for the mini-program (a few KB apiece).
const MARK_RE = /\p{M}/u
const SEPARATOR_RE = /[\s·•・.-]/

export type TextProblem = 'BIDI_CONTROL' | 'INVISIBLE' | 'MARK_STACK' | 'LONE_MARK'

/** The first way `text` lies about itself, or null. Checks the NFC form. */
export function textProblem(text: string): TextProblem | null {
  const t = text.normalize('NFC')
  if (BIDI_CONTROL_RE.test(t)) return 'BIDI_CONTROL'
  if (INVISIBLE_RE.test(t)) return 'INVISIBLE'
  let run = 0
  let previous = ''
  for (const ch of Array.from(t)) {
    if (MARK_RE.test(ch)) {
      // A combining mark with no base: at the start, or after a space or separator.
      if (run === 0 && (previous === '' || SEPARATOR_RE.test(previous))) return 'LONE_MARK'
      if (++run >= 3) return 'MARK_STACK'
    } else run = 0
    previous = ch
  }
  return null
}

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  BIDI_CONTROL: '含有改变文字方向的控制字符',
  INVISIBLE: '含有看不见的空白字符',
  MARK_STACK: '含有叠加过多的附加符号',
  LONE_MARK: '含有单独的附加符号'
}
