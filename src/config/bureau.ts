/**
 * The bureau's official facts. ALL VALUES BELOW ARE SAMPLES until the 信访局 supplies real ones:
 * the app shows them with the 「示例数据」 label wherever they appear (see `isSample`).
 * Replace them here, and only here, then set `isSample` to false.
 */
export const BUREAU = {
  isSample: true,
  name: '××市信访局',
  address: '××市××区××路××号（示例地址）',
  receptionHours: '工作日 上午 9:00–12:00，下午 14:30–17:30（示例时间）',
  phone: '0000-00000000（示例电话）',
  onlineChannel: '国家信访局网上信访平台或本市网上信访渠道（以当地公布为准）',
  mailingAddress: '××市××区××路××号 ××市信访局 收（示例地址）',
  progressQuery: '可凭信访事项编号在网上信访平台查询办理进度（示例说明）'
} as const

export const SAMPLE_LABEL = '示例数据：以信访局正式公布为准'
