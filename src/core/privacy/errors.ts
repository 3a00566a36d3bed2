/**
 * WeChat's privacy errors, one mapping for every caller (poster saving, copying, the calendar):
 * errno 112 — the API is not declared in the 用户隐私保护指引 (a release mistake, see
 * docs/release.md and `npm run privacy-manifest`); errno 104 — the user did not agree to it.
 */

export type PrivacyFailure = 'undeclared' | 'refused'

export const PRIVACY_ERROR_TEXT: Record<PrivacyFailure, string> = {
  undeclared: '这项功能暂时用不了：小程序还没有在《用户隐私保护指引》中声明它（错误 112）。请稍后再试，或告诉信访部门。',
  refused: '您没有同意《用户隐私保护指引》，这项功能无法使用。再点一次并选择「同意」即可继续。'
}

function field(e: unknown, key: string): unknown {
  return e && typeof e === 'object' && key in e ? (e as Record<string, unknown>)[key] : undefined
}

/** Which privacy failure an API error is, or null when it is something else. */
export function privacyFailure(e: unknown): PrivacyFailure | null {
  const errno = Number(field(e, 'errno'))
  const msg = String(field(e, 'errMsg') ?? (e instanceof Error ? e.message : ''))
  if (errno === 112 || /not declared in the privacy (agreement|guide)/i.test(msg)) return 'undeclared'
  if (errno === 104 || /privacy permission is not authorized/i.test(msg)) return 'refused'
  return null
}

/** The citizen-facing message for a privacy failure, or null. */
export function privacyErrorMessage(e: unknown): string | null {
  const kind = privacyFailure(e)
  return kind ? PRIVACY_ERROR_TEXT[kind] : null
}
