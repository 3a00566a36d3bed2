import type { Cited, ProcessStep } from '../../core/guide/types'
import { xinfangRef as x } from '../../core/law/citations'
import type { ArticleRef } from '../../core/law/types'

const c = (text: string, refs: ArticleRef[]): Cited => ({ text, refs })

/**
 * The petition process as an ordered flow (信访工作条例): 提出 → 登记、转送交办 → 受理告知 → 办理 →
 * 答复 → 复查 → 复核 → 不再受理. Each step's `stage` names the deadline calculator stage that
 * starts at it.
 */
export const PROCESS_STEPS: ProcessStep[] = [
  {
    id: 'submit',
    title: '提出',
    short: '网上、书信、电话、传真、走访等形式，向有权处理的机关提出',
    explanation: [
      c('可以通过信息网络、书信、电话、传真、走访等形式，向各级机关、单位反映情况，提出建议、意见或者投诉请求。', [x(17, 1)]),
      c('各机关会公布网络信访渠道、通信地址、咨询投诉电话、接待时间和地点，以及查询办理进展的方式。', [x(18, 1)]),
      c('一般用书面形式，写明姓名（名称）、住址和请求、事实、理由；口头提出的，机关如实记录。内容要客观真实。', [x(19, 1), x(19, 2)]),
      c('走访要到有权处理的本级或上一级机关设立或指定的接待场所；涉及诉讼权利救济的，向政法部门提出；多人反映同一件事的，推选代表，不超过5人。', [
        x(20, 1),
        x(20, 2),
        x(20, 3)
      ])
    ],
    refs: [x(17), x(18), x(19), x(20)],
    stage: 'submitted'
  },
  {
    id: 'register',
    title: '登记、转送交办',
    short: '信访部门登记后15日内转送、交办有权处理的机关',
    explanation: [
      c('党委和政府信访部门收到信访事项应当登记，并在15日内按职责转送或交办有权处理的机关、单位。', [x(22, 1)]),
      c('涉法涉诉的信件转给同级政法部门；检举控告类事项转给有关纪检监察机关。', [x(22, 2)]),
      c('接到转送、交办的机关认为不归自己管的，应当在收到之日起5个工作日内提出异议并说明理由。', [x(23, 3)])
    ],
    refs: [x(22), x(23)],
    durationLabel: '15日内',
    stage: 'transferred'
  },
  {
    id: 'notify',
    title: '受理告知',
    short: '15日内书面告知是否受理、怎样处理',
    explanation: [
      c('直接向有关机关提出的，能当场告知的当场书面告知；不能当场告知的，自收到之日起15日内书面告知（姓名、住址不清的除外）。', [x(23, 2)]),
      c('转送、交办来的，办理机关自收到之日起15日内书面告知接收情况以及处理途径和程序。', [x(23, 3)]),
      c('应当走诉讼、仲裁、行政复议等法定程序的，会导入相应程序处理。', [x(31, undefined, 1), x(31, undefined, 2), x(31, undefined, 4)]),
      c('不按规定登记、不受理，或者没有在规定期限内书面告知是否受理的，由上级机关责令改正。', [x(44)])
    ],
    refs: [x(23, 2), x(23, 3), x(31), x(44)],
    durationLabel: '15日内'
  },
  {
    id: 'handle',
    title: '办理',
    short: '自受理之日起60日内办结，复杂的可延长，最多30日',
    explanation: [
      c('有权处理的机关听取信访人陈述事实和理由，调查核实；重大、复杂、疑难的，可以举行听证。', [x(31, undefined, 6)]),
      c('自受理之日起60日内办结；情况复杂的，经负责人批准可以延长，延长不超过30日，并告知延期理由。', [x(34)]),
      c('双方同意的，可以调解、和解，达成一致的制作协议书。', [x(33)]),
      c('推诿、敷衍、拖延或者超期不办结的，由上级机关责令改正。', [x(45, undefined, 1)])
    ],
    refs: [x(31, undefined, 6), x(33), x(34), x(45)],
    durationLabel: '60日，可延长30日',
    stage: 'accepted'
  },
  {
    id: 'reply',
    title: '答复',
    short: '出具信访处理意见书：支持、解释说明或不予支持',
    explanation: [
      c('信访处理意见书写明投诉请求、事实和理由、处理意见及其依据。', [x(32, 1)]),
      c('请求事实清楚、符合规定的，予以支持；事由合理但缺乏法律依据的，作出解释说明；缺乏事实根据或不符合规定的，不予支持。', [x(32, 1)]),
      c('作出支持意见的，有关机关应当督促执行。生活确有困难的，可以帮助申请社会救助。', [x(32, 2), x(37, 2)])
    ],
    refs: [x(32)],
    durationLabel: '办结时书面答复'
  },
  {
    id: 'review',
    title: '复查',
    short: '不服处理意见，30日内向上一级请求复查；30日内书面答复',
    explanation: [
      c('对信访处理意见不服的，可以自收到书面答复之日起30日内，请求原办理机关、单位的上一级机关、单位复查。', [x(35)]),
      c('复查机关自收到复查请求之日起30日内提出复查意见，并书面答复。', [x(35)])
    ],
    refs: [x(35)],
    durationLabel: '申请30日内，答复30日内',
    stage: 'reply-received'
  },
  {
    id: 'recheck',
    title: '复核',
    short: '不服复查意见，30日内再向上一级请求复核；30日内提出复核意见',
    explanation: [
      c('对复查意见不服的，可以自收到书面答复之日起30日内，向复查机关、单位的上一级机关、单位请求复核。', [x(36, 1)]),
      c('复核机关自收到复核请求之日起30日内提出复核意见。', [x(36, 1)]),
      c('复核时可以举行听证，听证所需时间不计入30日；经过听证的复核意见可以向社会公示。', [x(36, 2)])
    ],
    refs: [x(36, 1), x(36, 2)],
    durationLabel: '申请30日内，意见30日内',
    stage: 'review-received'
  },
  {
    id: 'final',
    title: '不再受理',
    short: '对复核意见不服、仍以同一事实和理由投诉的，不再受理',
    explanation: [
      c('信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。', [x(36, 3)]),
      c('已经复查复核的，当地党委政府和基层组织会做好疏导教育、矛盾化解、帮扶救助等工作。', [x(37, 3)])
    ],
    refs: [x(36, 3)],
    final: true
  }
]

export function processStep(id: string): ProcessStep | undefined {
  return PROCESS_STEPS.find((s) => s.id === id)
}
