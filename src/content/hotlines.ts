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
  '12388': '纪检监察举报电话'
}
