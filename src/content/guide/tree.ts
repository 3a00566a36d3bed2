import { createGuideEngine } from '../../core/guide/engine'
import type { GuideNode, GuideTree } from '../../core/guide/types'
import { CHANNELS } from './channels'

/**
 * The questions of the 依法信访引导图. Option order is part of share paths (`0-4-1`): append new
 * options at the end, or bump `version` when the meaning of an index changes.
 * Every path reaches a channel within 4 questions (checked by validateTree in the tests).
 */
export const GUIDE_NODES: GuideNode[] = [
  {
    id: 'q-kind',
    question: '您遇到的是哪类事？',
    hint: '选最接近的一项；拿不准也没关系，后面还会细问。',
    options: [
      { label: '被罚款、被拆迁、证照被拒等，对政府部门的决定不服', next: 'q-admin' },
      { label: '单位拖欠工资、被辞退等劳动纠纷', next: 'q-labor' },
      { label: '法院已经判了/正在打官司，或公安、检察院在办的案子', next: 'litigation' },
      { label: '举报公职人员违纪违法', next: 'discipline' },
      { label: '邻里、家庭、合同等民间纠纷', next: 'q-civil' },
      { label: '对政府工作提意见建议、投诉工作人员', next: 'q-opinion' },
      { label: '正在遭受违法侵害，需要警察帮助', next: 'police' },
      { label: '想查政府的文件、补偿标准等信息', next: 'info-disclosure' },
      { label: '以上都不是，或者说不清楚', next: 'petition' },
      // Appended after 「以上都不是」 so that earlier share paths keep their meaning.
      { label: '想找律师帮忙，或者申请法律援助', next: 'legal-aid' }
    ]
  },
  {
    id: 'q-admin',
    question: '是哪种情况？',
    hint: '看看手里的决定书、罚单或通知书上是怎么写的。',
    options: [
      { label: '当场开的罚单（如交警、城管当场处罚）', next: 'admin-reconsideration' },
      { label: '找政府部门办事或求保护，他们不办、不答复', next: 'admin-reconsideration' },
      { label: '申请公开政府信息，被拒绝了', next: 'admin-reconsideration' },
      { label: '政府的决定侵犯了我已经取得的土地、山林、草原等权利', next: 'admin-reconsideration' },
      { label: '已经申请过行政复议，对结果不服或者超期没有结果', next: 'admin-litigation' },
      { label: '其他决定：罚款决定书、拆迁征收、证照被拒或被吊销等', next: 'q-admin-route' },
      { label: '机关违法行使职权，给我造成了人身或财产损失，想要赔偿', next: 'state-compensation' }
    ]
  },
  {
    id: 'q-admin-route',
    question: '您打算先怎么做？',
    hint: '这类决定一般可以先申请行政复议，也可以直接到法院起诉；法律、行政法规规定必须先复议的除外，这时决定书上会告知您先复议。',
    options: [
      { label: '先申请行政复议，请复议机关重新审查', next: 'admin-reconsideration' },
      { label: '直接到法院起诉', next: 'admin-litigation' }
    ]
  },
  {
    id: 'q-labor',
    question: '您申请过劳动仲裁吗？',
    options: [
      { label: '还没有', next: 'labor-arbitration' },
      { label: '申请过，对裁决不服，或者仲裁委不受理、超期没有结果', next: 'labor-lawsuit' },
      { label: '被拖欠工资，想先向劳动监察投诉', next: 'labor-inspection' }
    ]
  },
  {
    id: 'q-civil',
    question: '您打算怎么解决？',
    options: [
      { label: '先请人居中调解，不伤和气', next: 'mediation' },
      { label: '调解不成或对方不认账，想到法院起诉', next: 'civil-lawsuit' },
      { label: '已经起诉了，或者法院已经判了', next: 'litigation' },
      { label: '家里有人打骂、威胁我（家庭暴力）', next: 'domestic-violence' }
    ]
  },
  {
    id: 'q-opinion',
    question: '您想反映的是哪一种？',
    options: [
      { label: '对政府工作、政策提意见建议', next: 'petition-suggestion' },
      { label: '投诉工作人员态度差、办事拖拉，或者要求解决具体问题', next: 'petition' },
      { label: '工作人员吃拿卡要、贪污受贿等违纪违法', next: 'discipline' }
    ]
  }
]

export const GUIDE_TREE: GuideTree = {
  version: 1,
  start: 'q-kind',
  nodes: GUIDE_NODES,
  channels: CHANNELS
}

/** The engine bound to the app's tree: what the 引导 page calls. */
export const guide = createGuideEngine(GUIDE_TREE)
