/**
 * National public hotlines the guide cards name (real, nationwide numbers; not the bureau's own,
 * which live in src/config/bureau.ts as sample values). Guide texts that name one of these get a
 * tap-to-call link.
 */
export const NATIONAL_HOTLINES: Record<string, string> = {
  '110': '报警电话',
  '12345': '政务服务便民热线',
  '12348': '公共法律服务热线',
  '12333': '人力资源和社会保障服务热线',
  '12368': '法院诉讼服务热线',
  '12309': '检察服务热线',
  '12388': '纪检监察举报电话',
  '12315': '市场监管投诉举报热线',
  '122': '交通事故报警电话'
}

/**
 * Always offered on the contact page, whatever the bureau's own facts are: the national online
 * petition channel (the bureau's own channel comes from bureau.config.json) and the national
 * hotlines that help people find the right office.
 */
export const NATIONAL_ONLINE_CHANNEL = {
  name: '国家信访局网上信访',
  howTo: '在国家信访局官方网站或其公布的手机信访渠道进入「网上信访」，可以提交信访事项、查询办理进度。'
} as const

/** The hotlines the contact page offers for tap-to-call, in the order shown. */
export const CONTACT_HOTLINES = ['12345', '12348'] as const
