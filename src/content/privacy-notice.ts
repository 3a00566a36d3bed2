import { PURGE_EVERY_HOURS, SEARCH_FEEDBACK_RETENTION_DAYS, type RetentionPolicy } from '../core/privacy/retention'

export interface NoticeSection {
  title: string
  items: string[]
}

/**
 * The sign-up privacy notice: what is collected, why, for how long and who sees it. The
 * 「保存多久」 numbers come from the server's actual policy (GET /api/privacy), so the notice
 * cannot drift from what Store.purgeExpiredPersonalData does.
 */
export function privacyNotice(policy: RetentionPolicy): NoticeSection[] {
  const days = policy.retentionDays
  const kept =
    days === 0
      ? '您填写的姓名和手机号保存至活动结束时。活动结束后由系统自动删除'
      : `您填写的姓名和手机号保存至活动结束后 ${days} 日。期满后由系统自动删除`
  return [
    {
      title: '收集哪些信息',
      items: ['报名活动时，我们只收集您填写的姓名、手机号和参加人数。', '不收集身份证号、住址、信访事项内容等其他信息，也不读取您的通讯录、位置或相册。']
    },
    {
      title: '为什么收集',
      items: [
        '报名：确认名额，名额已满时按报名先后排候补。',
        '签到：活动现场凭签到码核对报名记录。',
        '必要时联系：活动改期、取消或有重要变动时，工作人员可能通过手机号联系您。',
        '这些信息不用于其他目的，不用于营销，不向任何第三方提供。'
      ]
    },
    {
      title: '保存多久',
      items: [
        `${kept}：服务器每 ${PURGE_EVERY_HOURS} 小时检查一次，删除所有已到期活动中的报名姓名和手机号。`,
        '删除后，该条报名只保留参加人数、报名状态和签到情况等不含姓名、手机号的记录，用于统计参加情况；工作人员的报名名单和导出文件中不再有您的姓名和手机号。',
        `为防止重复提交而暂存的报名请求记录，${days === 0 ? '在下一次检查时' : `在提交 ${days} 日后`}自动删除；连续 ${policy.sessionIdleDays} 日未使用的登录状态自动失效并删除。`
      ]
    },
    {
      title: '谁能看到',
      items: [
        '只有经授权的信访部门工作人员可以查看完整的报名名单，用于组织活动和现场签到。',
        '本程序的公开页面不显示任何人的报名信息；「我的报名」中您自己的姓名和手机号也只显示隐去部分后的形式（如 张*、138****1234）。'
      ]
    },
    {
      title: '搜索反馈（不含个人信息）',
      items: [
        '在「问答」里搜索没有找到合适的答案，或者您点了「没有帮助」时，程序会把搜索的文字发给信访部门，用来补充问答内容。',
        '发送前会去掉其中的数字串（如电话、身份证号）和「我叫」等后面的名字；不附带登录状态、设备信息或任何能认出您的标识，服务器收到后还会再清理一遍。',
        `服务器只按天统计每个问题被搜索的次数，不记录是谁搜的；统计保存 ${SEARCH_FEEDBACK_RETENTION_DAYS} 日后自动删除。`
      ]
    },
    {
      title: '您的权利',
      items: [
        '依照《中华人民共和国个人信息保护法》，您有权查阅、复制、更正、补充您的个人信息，有权要求删除，也可以撤回同意。',
        '您可以随时在「我的 → 我的报名」中取消报名；需要查阅、更正或删除报名信息的，请联系信访部门。'
      ]
    }
  ]
}
