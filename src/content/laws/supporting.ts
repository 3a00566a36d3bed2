import type { SupportingLawName } from '../../core/law/types'

/**
 * Where each supporting law's official text is, under shared/reference/laws/supporting/ (read by
 * the content tests only: the app names these laws and their articles as plain text).
 */
export const SUPPORTING_SOURCES: { name: SupportingLawName; file: string }[] = [
  { name: '民事诉讼法', file: 'minshi-susong-fa-2023.md' },
  { name: '刑事诉讼法', file: 'xingshi-susong-fa-2018.md' },
  { name: '行政诉讼法解释', file: 'xingzheng-susong-fa-jieshi-2018.md' },
  { name: '反家庭暴力法', file: 'fan-jiating-baoli-fa-2015.md' },
  { name: '法律援助法', file: 'falv-yuanzhu-fa-2021.md' },
  { name: '国家赔偿法', file: 'guojia-peichang-fa-2012.md' },
  { name: '人民调解法', file: 'renmin-tiaojie-fa-2010.md' },
  { name: '劳动保障监察条例', file: 'laodong-baozhang-jiancha-tiaoli-2004.md' },
  { name: '保障农民工工资支付条例', file: 'nongmingong-gongzi-tiaoli-2019.md' },
  { name: '政府信息公开条例', file: 'zhengfu-xinxi-gongkai-tiaoli-2019.md' },
  { name: '民法典', file: 'minfadian-zongze-2020.md' }
]
