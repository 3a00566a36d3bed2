/**
 * Poster designs (750×1334, portrait): one key point of the 2022 regulation each.
 * Titles and alt text shown to users live in src/content/media.ts (POSTER_META).
 */
import { C, arrow, badge, building, calendar, circle, doc, g, ground, icon, noSign, person, rect, svgDoc, text, wrap } from './art'

export interface PosterDesign {
  id: string
  /** Big headline lines (≤ 8 characters each). */
  headline: string[]
  subtitle: string
  /** Header colour. */
  tone: string
  illustration: () => string[]
  points: string[]
  cite: string
}

export const PW = 750
export const PH = 1334

export const POSTER_DESIGNS: PosterDesign[] = [
  {
    id: 'channels',
    headline: ['多种渠道', '都能信访'],
    subtitle: '网上、写信、打电话、发传真、来访等都可以',
    tone: C.primary,
    illustration: () => {
      const items: [Parameters<typeof icon>[0], string][] = [['web', '信息网络'], ['letter', '书信'], ['phone', '电话'], ['fax', '传真'], ['visit', '走访']]
      return [
        ...items.map(([k, label], i) => {
          const x = i < 3 ? 135 + i * 240 : 255 + (i - 3) * 240
          const y = i < 3 ? 430 : 640
          return g([circle(x, y, 88, C.paper), icon(k, x, y - 8, 0.9), text(x, y + 130, label, { size: 30, weight: 700, anchor: 'middle' })])
        })
      ]
    },
    points: ['向各级机关、单位反映情况，提出建议、意见或者投诉请求。', '各机关公布网络信访渠道、通信地址、咨询投诉电话和接待时间、地点。', '信访事项的办理进展和结果可以查询。'],
    cite: '《信访工作条例》第十七条、第十八条第一款'
  },
  {
    id: 'notice-15',
    headline: ['15日内', '转送、告知'],
    subtitle: '递交以后，多久能有回音？',
    tone: C.primary,
    illustration: () => [calendar(110, 350, 260, '15', '日内'), ground(560, 720, 260), person(560, 720, { staff: true, pose: 'hold', skin: 1 }), doc(420, 380, 130, 160, '告知书', 3)],
    points: ['信访部门收到后登记，15日内转送、交办。', '机关直接收到的：能当场告知的当场书面告知，不能的15日内书面告知。', '接到转送、交办的机关：15日内告知接收情况和处理途径。'],
    cite: '《信访工作条例》第二十二条、第二十三条'
  },
  {
    id: 'deadline-60',
    headline: ['60日内', '办结'],
    subtitle: '出具信访处理意见书的事项',
    tone: C.accent,
    illustration: () => [calendar(90, 340, 300, '60', '日内办结'), text(440, 520, '+', { size: 80, weight: 900, fill: C.grey, anchor: 'middle' }), calendar(490, 400, 180, '30', '最多延长', C.primary)],
    points: ['自受理之日起60日内办结。', '情况复杂的，经本机关、单位负责人批准可以延长。', '延长不得超过30日，并告知信访人延期理由。'],
    cite: '《信访工作条例》第三十四条'
  },
  {
    id: 'review',
    headline: ['不服', '可以复查、复核'],
    subtitle: '两级复查复核，各有30日',
    tone: C.primary,
    illustration: () => [
      building(70, 740, 170, '原办理机关', C.grey),
      arrow(250, 640, 310, 590, C.accent, 7),
      building(300, 660, 190, '复查机关', C.primary),
      arrow(500, 560, 560, 510, C.accent, 7),
      building(540, 580, 170, '复核机关', C.primaryDark)
    ],
    points: ['收到书面答复之日起30日内，请求上一级复查；复查机关30日内书面答复。', '对复查意见不服，30日内请求再上一级复核；复核机关30日内提出意见。', '复核后仍以同一事实和理由投诉的，不再受理。'],
    cite: '《信访工作条例》第三十五条、第三十六条'
  },
  {
    id: 'conduct',
    headline: ['这些行为', '不可以'],
    subtitle: '依法信访，有序表达',
    tone: C.stop,
    illustration: () => {
      const items: [Parameters<typeof icon>[0], string][] = [['crowd', '围堵冲击'], ['car', '拦车堵路'], ['danger', '携带危险品'], ['fist', '殴打威胁']]
      return items.map(([k, label], i) => {
        const x = 200 + (i % 2) * 350
        const y = 420 + Math.floor(i / 2) * 250
        return g([circle(x, y, 92, C.paper), icon(k, x, y, 0.95), noSign(x, y, 80), text(x, y + 135, label, { size: 30, weight: 700, anchor: 'middle' })])
      })
    },
    points: ['不得非法聚集、围堵冲击机关、拦截公务车辆、堵塞交通；不得携带危险物品、管制器具。', '不得侮辱、殴打、威胁工作人员；不得滞留滋事、煽动串联、借机敛财。', '违反的劝阻、批评、教育；构成违反治安管理行为的给予治安管理处罚；构成犯罪的追究刑事责任。'],
    cite: '《信访工作条例》第二十六条、第四十七条'
  },
  {
    id: 'separation',
    headline: ['诉访分离', '各走其道'],
    subtitle: '选对途径，问题解决得更快',
    tone: C.ok,
    illustration: () => [
      ground(140, 760, 200),
      person(140, 760, { age: 'elder', pose: 'point', skin: 1 }),
      circle(300, 560, 18, C.ok),
      arrow(318, 548, 420, 430, C.ok, 7),
      arrow(318, 572, 420, 690, C.ok, 7),
      rect(430, 350, 280, 170, C.paper, 20),
      icon('scales', 570, 420, 0.8),
      text(570, 500, '诉讼、仲裁、复议', { size: 26, weight: 700, anchor: 'middle' }),
      rect(430, 610, 280, 170, C.paper, 20),
      icon('stamp', 570, 675, 0.8),
      text(570, 760, '信访处理意见书', { size: 26, weight: 700, anchor: 'middle' })
    ],
    points: ['涉及诉讼权利救济的事项，由政法部门依法处理。', '能通过诉讼、仲裁、行政复议、行政裁决等解决的，导入相应程序。', '其他事项调查核实，出具信访处理意见书。'],
    cite: '《信访工作条例》第二十八条第二款、第三十一条'
  },
  {
    id: 'protection',
    headline: ['不得打击', '报复信访人'],
    subtitle: '放心反映问题，法规为你撑腰',
    tone: C.ok,
    illustration: () => [icon('shield', 375, 480, 2.4), ground(375, 770, 420), person(200, 770, { age: 'elder', pose: 'wave', scale: 0.85, skin: 1 }), person(550, 770, { age: 'young', pose: 'wave', scale: 0.85, long: true, shirt: C.accent, flip: true })],
    points: ['任何组织和个人不得打击报复信访人。', '检举、揭发材料不得透露或者转给被检举、揭发的人员或者单位。', '打击报复信访人的，依规依纪依法追究责任。'],
    cite: '《信访工作条例》第十八条第四款、第三十条第三款、第四十六条'
  }
]

export function posterSvg(p: PosterDesign, title: string): string {
  const body: string[] = [rect(0, 0, PW, PH, C.bg), rect(0, 0, PW, 300, p.tone)]
  body.push(text(56, 70, '依法信访 · 《信访工作条例》', { size: 26, fill: '#FFFFFF', weight: 500 }))
  body.push(text(56, 160, p.headline, { size: 72, weight: 900, fill: '#FFFFFF', lineHeight: 1.15 }))
  body.push(rect(40, 320, PW - 80, 530, '#EFE8DA', 32))
  body.push(...p.illustration())
  // Key points: the largest type (≥ 26) that fits between the panel and the footer.
  const top = 912
  const bottom = PH - 96 - 22
  const fits = [30, 28, 26].map((size) => {
    const perLine = Math.floor((PW - 110 - 36) / size)
    const wrapped = p.points.map((pt) => wrap(pt, perLine))
    const lh = size * 1.45
    const height = wrapped.reduce((n, l) => n + l.length * lh, 0) + (wrapped.length - 1) * 22 - (lh - size)
    return { size, wrapped, lh, height }
  })
  const fit = fits.find((f) => top + f.height <= bottom)
  if (!fit) throw new Error(`poster ${p.id}: key points do not fit; shorten them`)
  let y = top
  for (const lines of fit.wrapped) {
    body.push(badge(76, y - fit.size * 0.36, 18, p.tone === C.stop ? 'no' : 'ok'))
    body.push(text(110, y, lines, { size: fit.size, lineHeight: 1.45, fill: C.ink }))
    y += lines.length * fit.lh + 22
  }
  body.push(rect(0, PH - 96, PW, 96, C.ink))
  body.push(text(PW / 2, PH - 56, p.cite, { size: 24, anchor: 'middle', fill: '#FFFFFF', weight: 700 }))
  body.push(text(PW / 2, PH - 22, p.subtitle, { size: 22, anchor: 'middle', fill: '#D5D8DD' }))
  return svgDoc(PW, PH, body, title)
}
