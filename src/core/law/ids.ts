import type { CarriedLawName, LawId } from './types'

/**
 * Each law's id (as in its JSON and in links) by its short name. A table of its own so that code
 * making links (src/routes.ts, loaded by every page) does not pull in the law texts; a test checks
 * it against src/content/laws.
 */
export const LAW_IDS: Readonly<Record<CarriedLawName, LawId>> = {
  信访工作条例: 'xinfang-2022',
  行政复议法: 'xingzheng-fuyi-2023',
  行政诉讼法: 'xingzheng-susong-2017',
  劳动争议调解仲裁法: 'laodong-zhongcai-2007'
}
