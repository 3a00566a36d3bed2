/** Full-width digits (１３８, typed on Chinese keyboards) as the ASCII digits they stand for. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
}
