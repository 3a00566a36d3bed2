/**
 * Concordance from the superseded 《信访条例》 (国务院令第431号, 2005) to the 2022 《信访工作条例》,
 * built by reading both texts side by side (../shared/reference/laws/xinfang-tiaoli-2005.md and
 * xinfang-tiaoli-2022.md). Citizens and older material still quote 2005 numbers
 * (「信访条例第二十条」 meant the prohibited acts, today 第二十六条); search shows this note and opens
 * the 2022 article instead of the 2022 article that merely has the same number.
 *
 * `current` lists the 2022 articles that now carry the 2005 article's rule, closest first; the
 * 2022 text reworded every article, so this is "where the rule lives now", not "same wording".
 */
export interface OldArticleConcordance {
  /** Article number in the 2005 《信访条例》. */
  old: number
  /** What the 2005 article was about, in a few words. */
  topic: string
  /** 2022 《信访工作条例》 articles that carry its rule today, closest first. */
  current: number[]
}

export const XINFANG_2005_TO_2022: readonly OldArticleConcordance[] = [
  { old: 1, topic: '立法目的', current: [1] },
  { old: 2, topic: '信访和信访人的定义', current: [17] },
  { old: 3, topic: '畅通信访渠道，不得打击报复信访人', current: [6, 18] },
  { old: 4, topic: '属地管理、分级负责等原则', current: [5] },
  { old: 5, topic: '源头预防，负责人阅批来信、接待来访', current: [5, 18] },
  { old: 6, topic: '信访工作机构及其职责', current: [14] },
  { old: 7, topic: '信访工作责任制与考核', current: [39] },
  { old: 8, topic: '对信访人和信访工作的奖励', current: [29, 39] },
  { old: 9, topic: '公布信访渠道和接待时间地点', current: [18] },
  { old: 10, topic: '负责人信访接待日', current: [18] },
  { old: 11, topic: '信访信息系统', current: [21] },
  { old: 12, topic: '信访信息系统录入和查询', current: [21] },
  { old: 13, topic: '社会参与，咨询、调解、听证等方法', current: [15, 37] },
  { old: 14, topic: '可以信访的事项；诉讼、仲裁、复议等法定途径', current: [17, 31] },
  { old: 15, topic: '人大、法院、检察院职权范围内的事项', current: [20, 22, 31] },
  { old: 16, topic: '走访向本级或上一级机关提出；同一事项不得再向上级提出', current: [20, 19] },
  { old: 17, topic: '书面形式，写明姓名、住址和请求、事实、理由', current: [19] },
  { old: 18, topic: '走访到接待场所，多人走访推选代表不超过5人', current: [20] },
  { old: 19, topic: '客观真实，不得捏造、歪曲事实、诬告陷害', current: [19] },
  { old: 20, topic: '信访人不得有的行为', current: [26] },
  { old: 21, topic: '信访工作机构15日内登记、转送、交办', current: [22, 23] },
  { old: 22, topic: '其他机关登记受理、15日内书面告知', current: [23] },
  { old: 23, topic: '不得透露、转交检举揭发材料', current: [30] },
  { old: 24, topic: '涉及两个以上机关的受理', current: [24] },
  { old: 25, topic: '机关分立、合并、撤销后的受理', current: [24] },
  { old: 26, topic: '重大、紧急信访事项的报告', current: [25] },
  { old: 27, topic: '重大、紧急信访事项的处置', current: [25] },
  { old: 28, topic: '恪尽职守、秉公办事，不得推诿敷衍拖延', current: [28] },
  { old: 29, topic: '建议意见的研究采纳', current: [29] },
  { old: 30, topic: '工作人员回避', current: [28] },
  { old: 31, topic: '听取陈述、调查核实、听证', current: [31] },
  { old: 32, topic: '处理意见：支持、解释、不予支持', current: [32] },
  { old: 33, topic: '60日内办结，延长不超过30日', current: [34] },
  { old: 34, topic: '复查：30日内请求，30日内答复', current: [35] },
  { old: 35, topic: '复核：30日内请求，30日内答复；不再受理', current: [36] },
  { old: 36, topic: '信访工作机构督办', current: [40] },
  { old: 37, topic: '政策性问题的报告和建议', current: [40] },
  { old: 38, topic: '对推诿敷衍拖延人员的处分建议', current: [40] },
  { old: 39, topic: '信访情况分析报告', current: [41] },
  { old: 40, topic: '导致信访事项发生、造成严重后果的责任', current: [42] },
  { old: 41, topic: '信访工作机构未按规定登记、转送、交办的责任', current: [43] },
  { old: 42, topic: '受理机关违规不登记、不受理、不告知的责任', current: [44] },
  { old: 43, topic: '办理机关推诿敷衍拖延、应支持而未支持的责任', current: [45] },
  { old: 44, topic: '透露检举材料、作风粗暴的责任', current: [46] },
  { old: 45, topic: '隐瞒、谎报、缓报重大紧急信访信息的责任', current: [46] },
  { old: 46, topic: '打击报复信访人的责任', current: [46] },
  { old: 47, topic: '违反走访和秩序规定的劝阻、处置', current: [47] },
  { old: 48, topic: '捏造歪曲事实、诬告陷害他人的责任', current: [47] },
  { old: 49, topic: '社会团体、企业事业单位参照执行', current: [2] },
  { old: 50, topic: '外国人、无国籍人、外国组织', current: [48] },
  { old: 51, topic: '施行日期', current: [50] },
]

/** The 2022 articles carrying a 2005 article's rule, or undefined when the 2005 article does not exist. */
export function currentArticlesFor2005(old: number): OldArticleConcordance | undefined {
  return XINFANG_2005_TO_2022.find((c) => c.old === old)
}
