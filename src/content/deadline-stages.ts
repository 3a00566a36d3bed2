import { xinfangRef as x } from '../core/law/citations'
import { deadlineBasis } from '../core/deadlines/timeline'
import type { CitedText, DeadlineRules, StageDef } from '../core/deadlines/types'
import { HOLIDAYS } from './holidays'

const OVERDUE_HANDLING: CitedText = {
  text: '到期没有办结、也没有告知延期理由的，可以向该机关、单位的上级机关、单位反映，由上级责令改正；推诿、敷衍、拖延的，对直接责任人员依规依纪依法处理。',
  refs: [x(45, undefined, 1), x(34)]
}

const OVERDUE_REVIEW_REPLY: CitedText = {
  text: '到期没有收到复查意见的，可以向复查机关、单位的上级机关、单位反映，由上级责令改正。',
  refs: [x(45, undefined, 1), x(35)]
}

const OVERDUE_RECHECK_REPLY: CitedText = {
  text: '到期没有收到复核意见（举行听证的，听证时间不计入）的，可以向复核机关、单位的上级机关、单位反映，由上级责令改正。',
  refs: [x(45, undefined, 1), x(36, 1), x(36, 2)]
}

/**
 * Every stage the calculator offers, in the order of the process. Each period is counted from the
 * date entered for the stage.
 */
export const STAGES: StageDef[] = [
  {
    key: 'submitted',
    label: '我刚提出了信访事项',
    dateLabel: '机关、单位收到信访事项之日',
    hint: '当面提出的就是当天；寄信的是对方收到的日期；网上提交的是提交成功的日期。',
    refs: [x(22, 1), x(23, 2)],
    periods: [
      {
        key: 'transfer',
        label: '交给信访部门的：转送、交办的最晚日期',
        length: 15,
        unit: 'day',
        actor: 'agency',
        refs: [x(22, 1)],
        basis: '党委和政府信访部门收到信访事项应当登记，并在15日内转送、交办有权处理的机关、单位。',
        remark: '转送、交办后，由办理机关自收到之日起15日内书面告知您；知道它收到的日期后，请选「我的事项被转送、交办到办理机关」再算一次。',
        ifMissed: {
          text: '信访部门到期没有登记、转送、交办的，可以向它的上级机关反映，由上级责令改正。',
          refs: [x(43)]
        }
      },
      {
        key: 'notice',
        label: '直接交给有权处理机关的：书面告知的最晚日期',
        length: 15,
        unit: 'day',
        actor: 'agency',
        refs: [x(23, 2)],
        remark: '只适用于直接向有权处理的机关、单位提出的；交给信访部门的，告知期限从办理机关收到转送、交办之日起算。',
        basis: '直接向有关机关、单位提出的，能当场告知的应当当场书面告知；不能当场告知的，自收到之日起15日内书面告知（姓名、住址不清的除外）。',
        ifMissed: {
          text: '到期没有书面告知您是否受理的，可以向该机关、单位的上级机关、单位反映，由上级责令改正。',
          refs: [x(44, undefined, 3)]
        }
      }
    ]
  },
  {
    key: 'transferred',
    label: '我的事项被转送、交办到办理机关',
    dateLabel: '办理机关收到转送、交办之日',
    hint: '信访部门或上级机关告知您的转送、交办去向上，一般写有日期；不清楚的可以查询信访信息系统。',
    refs: [x(23, 3)],
    periods: [
      {
        key: 'objection',
        label: '办理机关认为不归自己管、提出异议的最晚日期',
        length: 5,
        unit: 'workday',
        actor: 'agency',
        refs: [x(23, 3)],
        basis: '不属于本机关、单位或本系统职权范围的，应当自收到之日起5个工作日内提出异议并说明理由。',
        ifMissed: {
          text: '这是机关之间的期限，您不需要做什么；请留意下面的书面告知日期。',
          refs: [x(23, 3)]
        }
      },
      {
        key: 'notice',
        label: '书面告知接收情况和处理途径的最晚日期',
        length: 15,
        unit: 'day',
        actor: 'agency',
        refs: [x(23, 3)],
        basis: '属于本机关、单位职权范围的，应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序。',
        ifMissed: {
          text: '到期没有书面告知您的，可以向该机关、单位的上级机关、单位反映，由上级责令改正。',
          refs: [x(44, undefined, 3)]
        }
      }
    ]
  },
  {
    key: 'accepted',
    label: '我的信访事项已被受理',
    dateLabel: '受理之日',
    hint: '看受理告知书上写的受理日期。',
    refs: [x(34), x(31, undefined, 6)],
    periods: [
      {
        key: 'handled',
        label: '办结期限',
        length: 60,
        unit: 'day',
        actor: 'agency',
        refs: [x(34)],
        basis: '需要出具信访处理意见书的信访事项（第三十一条第六项），自受理之日起60日内办结。已导入诉讼、仲裁、行政复议等程序的，按那些程序的期限办理。',
        ifMissed: OVERDUE_HANDLING
      },
      {
        key: 'extended',
        label: '延期后的最晚办结日期',
        length: 90,
        unit: 'day',
        actor: 'agency',
        refs: [x(34)],
        basis: '情况复杂的，经负责人批准可以延长，延长不得超过30日，并告知延期理由；即受理之日起最多90日。',
        ifMissed: OVERDUE_HANDLING,
        remark: '只有机关告知了延期理由，才适用这个日期；没有告知延期的，看上面的60日期限。'
      }
    ]
  },
  {
    key: 'reply-received',
    label: '我收到了书面答复（信访处理意见书）',
    dateLabel: '收到书面答复之日',
    hint: '看签收日期或邮件送达日期。',
    refs: [x(35)],
    periods: [
      {
        key: 'review-request',
        label: '请求复查的最晚日期',
        length: 30,
        unit: 'day',
        actor: 'you',
        refs: [x(35)],
        basis: '对信访处理意见不服的，可以自收到书面答复之日起30日内，请求原办理机关、单位的上一级机关、单位复查。',
        ifMissed: {
          text: '这是您的期限：不服处理意见的，请在这一天之前向原办理机关的上一级提出复查请求，并留好提交凭证。',
          refs: [x(35)]
        }
      }
    ]
  },
  {
    key: 'review-requested',
    label: '我已经请求复查',
    dateLabel: '复查机关收到复查请求之日',
    hint: '当面提交的是当天；寄信的是对方签收的日期。',
    refs: [x(35)],
    periods: [
      {
        key: 'review-reply',
        label: '复查意见书面答复的最晚日期',
        length: 30,
        unit: 'day',
        actor: 'agency',
        refs: [x(35)],
        basis: '收到复查请求的机关、单位应当自收到之日起30日内提出复查意见，并予以书面答复。',
        ifMissed: OVERDUE_REVIEW_REPLY
      }
    ]
  },
  {
    key: 'review-received',
    label: '我收到了复查意见',
    dateLabel: '收到复查书面答复之日',
    hint: '看签收日期或邮件送达日期。',
    refs: [x(36, 1)],
    periods: [
      {
        key: 'recheck-request',
        label: '请求复核的最晚日期',
        length: 30,
        unit: 'day',
        actor: 'you',
        refs: [x(36, 1)],
        basis: '对复查意见不服的，可以自收到书面答复之日起30日内，向复查机关、单位的上一级机关、单位请求复核。',
        ifMissed: {
          text: '这是您的期限：不服复查意见的，请在这一天之前向复查机关的上一级提出复核请求，并留好提交凭证。',
          refs: [x(36, 1)]
        }
      }
    ]
  },
  {
    key: 'recheck-requested',
    label: '我已经请求复核',
    dateLabel: '复核机关收到复核请求之日',
    hint: '当面提交的是当天；寄信的是对方签收的日期。',
    refs: [x(36, 1)],
    periods: [
      {
        key: 'recheck-reply',
        label: '提出复核意见的最晚日期',
        length: 30,
        unit: 'day',
        actor: 'agency',
        refs: [x(36, 1), x(36, 2), x(36, 3)],
        basis: '收到复核请求的机关、单位应当自收到之日起30日内提出复核意见；举行听证的，听证所需时间不计算在内。',
        ifMissed: OVERDUE_RECHECK_REPLY,
        remark: '如果举行了听证，听证所需时间不计入30日，这个日期会相应推后。对复核意见不服、仍以同一事实和理由投诉的，不再受理（第三十六条第三款）。'
      }
    ]
  }
]

/** The stages and the holiday calendar the deadline calculator counts with (app and CLI). */
export const DEADLINE_RULES: DeadlineRules = { stages: STAGES, calendar: HOLIDAYS }

/** 计算依据 for our calendar, as one text (paragraphs separated by '\n'). */
export const DEADLINE_BASIS: string = deadlineBasis(HOLIDAYS).join('\n')

export function stageDef(key: string): StageDef | undefined {
  return STAGES.find((s) => s.key === key)
}
