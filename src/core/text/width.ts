/**
 * Full-width ASCII (U+FF01–U+FF5E, what Chinese keyboards type: １３８, －, ／) → its ASCII twin,
 * ideographic space (U+3000) → space. One code unit in, one out, so offsets survive.
 */
export function halfWidthCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0
  return code === 0x3000 ? 0x20 : code
}

export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => String.fromCharCode(halfWidthCode(c.charCodeAt(0))))
}
