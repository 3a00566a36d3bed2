import type { CarriedLawName, LawId } from '../../core/law/types'

/** Where each law's official text comes from (file names in shared/reference/laws). */
export const LAW_SOURCES: { id: LawId; name: CarriedLawName; file: string }[] = [
  { id: 'xinfang-2022', name: '信访工作条例', file: 'xinfang-tiaoli-2022.md' },
  { id: 'xingzheng-fuyi-2023', name: '行政复议法', file: 'xingzheng-fuyi-fa-2023.md' },
  { id: 'xingzheng-susong-2017', name: '行政诉讼法', file: 'xingzheng-susong-fa-2017.md' },
  { id: 'laodong-zhongcai-2007', name: '劳动争议调解仲裁法', file: 'laodong-zhengyi-tiaojie-zhongcai-fa-2007.md' }
]
