/**
 * Scene scripts for the animated clips: what each scene draws (1280×720 design space, rendered
 * at 640×360), its build-up steps, and its narration (spoken by espeak-ng and used as captions).
 * Titles and citations shown to users live in src/content/media.ts (CLIP_META).
 * Keep the lower sixth of each scene free of essential text: captions are overlaid there.
 */
import { C, arrow, badge, building, calendar, chip, circle, doc, g, ground, icon, noSign, person, rect, step, text, wrap } from './art'

export interface Scene {
  /** Headline drawn on the scene (empty for the title card). */
  title: string
  /** Article chip in the top-right corner, e.g. 「第三十四条」. */
  cite?: string
  /** Narration: spoken and captioned. Arabic digits are read as Chinese numerals. */
  narration: string
  /** Number of build-up levels (elements drawn with step(n, …) appear at level n). */
  steps?: number
  /** Transition into this scene (ffmpeg xfade name); the first scene fades in from black. */
  transition?: string
  draw: () => string[]
}

export interface ClipScript {
  id: string
  scenes: Scene[]
}

export const W = 1280
export const H = 720

/** Common frame: background, brand line, headline and citation chip. */
export function frame(scene: Scene): string[] {
  const out = [rect(0, 0, W, H, C.bg), rect(0, 0, W, 12, C.primary)]
  out.push(text(64, 64, '依法信访 · 《信访工作条例》', { size: 24, fill: C.grey, weight: 500 }))
  if (scene.title) out.push(text(64, 138, scene.title, { size: 56, weight: 900, fill: C.ink }))
  if (scene.cite) {
    const size = 28
    const w = Math.round(scene.cite.length * size * 1.02 + size * 1.2)
    out.push(chip(W - 64 - w, 92, scene.cite, { size, fill: C.accentLight, color: '#8A3F0C' }))
  }
  return out
}

function card(x: number, y: number, w: number, h: number, fill: string = C.paper): string {
  return rect(x, y, w, h, fill, 20, `stroke="${C.line}" stroke-width="2"`)
}

function titleCard(title: string, subtitle: string, people: string[]): string[] {
  return [
    circle(1080, 170, 120, C.primaryLight),
    circle(180, 560, 90, C.accentLight),
    text(W / 2, 250, title, { size: 88, weight: 900, anchor: 'middle', fill: C.ink }),
    text(W / 2, 320, subtitle, { size: 36, anchor: 'middle', fill: C.grey, weight: 500 }),
    ground(W / 2, 648, 760),
    ...people
  ]
}

const process: ClipScript = {
  id: 'process',
  scenes: [
    {
      title: '',
      narration: '信访事项怎么走？每一步都有规定，也都有期限。',
      draw: () =>
        titleCard('信访事项怎么走', '从提出到办结，看懂每一步和期限', [
          person(430, 648, { age: 'elder', pose: 'wave', shirt: C.primary, skin: 1 }),
          person(590, 648, { age: 'adult', pose: 'stand', shirt: C.accent, long: true, hair: C.hair.brown }),
          person(700, 648, { age: 'child', pose: 'cheer', shirt: C.ok, long: true }),
          person(850, 648, { age: 'young', pose: 'wave', shirt: '#7A5BA6', skin: 2, flip: true })
        ])
    },
    {
      title: '多种形式都可以',
      cite: '第十七条',
      narration: '可以采用信息网络、书信、电话、传真、走访等形式，反映情况，提出建议、意见或者投诉请求。',
      steps: 3,
      transition: 'slideleft',
      draw: () => {
        const items: [Parameters<typeof icon>[0], string][] = [['web', '信息网络'], ['letter', '书信'], ['phone', '电话'], ['fax', '传真'], ['visit', '走访']]
        return [
          ...items.map(([k, label], i) => {
            const x = 88 + i * 224
            return step(i < 2 ? 1 : i < 4 ? 2 : 3, [card(x, 190, 196, 250), icon(k, x + 98, 290), text(x + 98, 404, label, { size: 34, weight: 700, anchor: 'middle' })])
          }),
          step(3, text(W / 2, 520, '向各级机关、单位反映情况，提出建议、意见或者投诉请求', { size: 30, anchor: 'middle', fill: C.grey }))
        ]
      }
    },
    {
      title: '写清楚，说真话',
      cite: '第十九条',
      narration: '一般用书面形式，写明姓名、住址和请求、事实、理由。内容要客观真实，不得捏造、歪曲事实。',
      steps: 2,
      transition: 'fade',
      draw: () => [
        doc(120, 180, 380, 420, '信访材料', 0),
        ...['姓名（名称）', '住址', '请求', '事实', '理由'].map((f, i) => g([badge(170, 296 + i * 58, 18, 'ok'), text(204, 306 + i * 58, f, { size: 32, weight: 700 })])),
        ground(840, 600, 420),
        person(760, 600, { age: 'elder', pose: 'hold', shirt: C.primary, long: true }),
        person(930, 600, { age: 'young', pose: 'point', shirt: C.accent, skin: 1, flip: true }),
        step(2, chip(600, 196, '客观真实 · 不捏造、不歪曲', { size: 30, fill: C.okLight, color: C.ok }))
      ]
    },
    {
      title: '15日内转送、告知',
      cite: '第二十二、二十三条',
      narration: '信访部门登记后，15日内转送或者交办。机关直接收到的，能当场告知的当场书面告知，否则15日内书面告知。',
      steps: 3,
      transition: 'slideleft',
      draw: () => [
        calendar(90, 200, 270, '15', '日内'),
        step(2, [card(410, 200, 780, 130), icon('visit', 490, 268, 0.8), text(570, 258, '信访部门：登记后', { size: 30, fill: C.grey }), text(570, 306, '15日内转送、交办', { size: 38, weight: 900 })]),
        step(3, [
          card(410, 360, 780, 150),
          icon('letter', 490, 436, 0.8),
          text(570, 412, '机关直接收到的：', { size: 30, fill: C.grey }),
          text(570, 458, '能当场告知的当场书面告知', { size: 32, weight: 700 }),
          text(570, 496, '不能当场告知的，15日内书面告知', { size: 32, weight: 700 })
        ])
      ]
    },
    {
      title: '分类处理，各走其道',
      cite: '第二十八、三十一条',
      narration: '能通过诉讼、仲裁、行政复议等途径解决的，导入相应程序。其他事项调查核实，出具信访处理意见书。',
      steps: 3,
      transition: 'wipeleft',
      draw: () => [
        ground(200, 600, 260),
        person(200, 600, { age: 'adult', pose: 'hold', shirt: C.accent, skin: 2 }),
        circle(420, 390, 22, C.primary),
        step(2, [arrow(440, 380, 560, 280, C.primary), card(580, 196, 620, 150), icon('scales', 660, 272, 0.8), text(740, 258, '诉讼、仲裁、行政复议等', { size: 32, weight: 700 }), text(740, 304, '导入相应的法定程序', { size: 30, fill: C.grey })]),
        step(3, [arrow(440, 400, 560, 470, C.primary), card(580, 392, 620, 150), icon('stamp', 660, 468, 0.8), text(740, 454, '其他事项：调查核实', { size: 32, weight: 700 }), text(740, 500, '出具《信访处理意见书》', { size: 30, fill: C.grey })])
      ]
    },
    {
      title: '60日内办结',
      cite: '第三十四条',
      narration: '这类事项自受理之日起60日内办结；情况复杂的可以延长，但不超过30日，并告知延期理由。',
      steps: 3,
      transition: 'slideleft',
      draw: () => [
        calendar(110, 190, 280, '60', '日内办结'),
        text(250, 540, '自受理之日起', { size: 30, anchor: 'middle', fill: C.grey }),
        step(2, [text(470, 370, '+', { size: 90, weight: 900, anchor: 'middle', fill: C.grey }), calendar(560, 230, 220, '30', '最多延长', C.primary), text(670, 540, '情况复杂，经负责人批准', { size: 28, anchor: 'middle', fill: C.grey })]),
        step(3, [chip(820, 240, '告知延期理由', { size: 32, fill: C.accentLight, color: '#8A3F0C' }), ground(1150, 600, 200), person(1150, 600, { age: 'adult', staff: true, pose: 'hold', skin: 1, flip: true })])
      ]
    },
    {
      title: '不服？还可以复查、复核',
      cite: '第三十五、三十六条',
      narration: '对处理意见不服的，可以请求复查、复核。依法信访，有序表达。',
      steps: 2,
      transition: 'fade',
      draw: () => [
        ...(['处理意见', '复查', '复核'] as const).map((label, i) => {
          const x = 110 + i * 390
          return g([card(x, 210, 280, 140, i === 0 ? C.paper : C.primaryLight), text(x + 140, 296, label, { size: 44, weight: 900, anchor: 'middle', fill: i === 0 ? C.ink : C.primaryDark })])
        }),
        arrow(400, 280, 490, 280, C.accent),
        arrow(790, 280, 880, 280, C.accent),
        text(445, 250, '30日', { size: 24, anchor: 'middle', fill: '#8A3F0C', weight: 700 }),
        text(835, 250, '30日', { size: 24, anchor: 'middle', fill: '#8A3F0C', weight: 700 }),
        step(2, [text(W / 2, 450, '依法信访　有序表达', { size: 56, weight: 900, anchor: 'middle', fill: C.primary }), person(170, 610, { age: 'elder', pose: 'wave', scale: 0.6, skin: 1 }), person(1110, 610, { age: 'young', pose: 'wave', scale: 0.6, flip: true, long: true, shirt: C.ok })])
      ]
    }
  ]
}

const conduct: ClipScript = {
  id: 'conduct',
  scenes: [
    {
      title: '',
      narration: '信访是受法律保护的权利，也要遵守法律法规，维护公共秩序和信访秩序。',
      draw: () =>
        titleCard('这些行为不可以', '第二十六条 · 第四十七条', [
          person(470, 648, { age: 'adult', staff: true, pose: 'wave', skin: 0 }),
          person(640, 648, { age: 'elder', pose: 'stand', shirt: C.accent, skin: 1, long: true }),
          person(800, 648, { age: 'young', pose: 'wave', shirt: '#7A5BA6', skin: 2, flip: true })
        ])
    },
    {
      title: '不围堵、不拦车、不堵路',
      cite: '第二十六条第一项',
      narration: '不得非法聚集，围堵、冲击机关，拦截公务车辆，或者堵塞、阻断交通。',
      steps: 3,
      transition: 'slideleft',
      draw: () => [
        card(100, 190, 330, 330),
        icon('crowd', 265, 320, 1.4),
        step(2, noSign(265, 320, 110)),
        text(265, 488, '非法聚集、围堵', { size: 32, weight: 700, anchor: 'middle' }),
        card(475, 190, 330, 330),
        icon('car', 640, 330, 1.4),
        step(2, noSign(640, 320, 110)),
        text(640, 488, '拦截公务车辆', { size: 32, weight: 700, anchor: 'middle' }),
        step(3, [card(850, 190, 330, 330), rect(880, 300, 270, 60, C.grey, 8), rect(900, 326, 50, 8, C.paper), rect(990, 326, 50, 8, C.paper), rect(1080, 326, 50, 8, C.paper), noSign(1015, 320, 110), text(1015, 488, '堵塞、阻断交通', { size: 32, weight: 700, anchor: 'middle' })])
      ]
    },
    {
      title: '不带危险品，不伤人毁物',
      cite: '第二十六条第二、三项',
      narration: '不得携带危险物品、管制器具；不得侮辱、殴打、威胁工作人员，不得限制他人人身自由或者毁坏财物。',
      steps: 2,
      transition: 'slideleft',
      draw: () => [
        card(100, 190, 500, 340),
        icon('danger', 350, 320, 1.3),
        noSign(350, 320, 110),
        text(350, 490, '危险物品、管制器具', { size: 34, weight: 700, anchor: 'middle' }),
        step(2, [card(680, 190, 500, 340), icon('fist', 930, 320, 1.3), noSign(930, 320, 110), text(930, 490, '侮辱、殴打、威胁、毁物', { size: 34, weight: 700, anchor: 'middle' })])
      ]
    },
    {
      title: '不滞留滋事，不丢下要照顾的人',
      cite: '第二十六条第四项',
      narration: '不得在信访接待场所滞留、滋事，或者将生活不能自理的人弃留在接待场所。',
      steps: 2,
      transition: 'fade',
      draw: () => [
        card(100, 190, 500, 340),
        icon('visit', 300, 320, 1.3),
        icon('clock', 440, 300, 0.8),
        noSign(360, 320, 120),
        text(350, 490, '在接待场所滞留、滋事', { size: 34, weight: 700, anchor: 'middle' }),
        step(2, [card(680, 190, 500, 340), person(860, 460, { age: 'elder', pose: 'stand', scale: 0.85, skin: 1 }), person(990, 460, { age: 'adult', pose: 'hold', scale: 0.85, shirt: C.ok, flip: true }), text(930, 505, '生活不能自理的人，要照顾好', { size: 30, weight: 700, anchor: 'middle' })])
      ]
    },
    {
      title: '不煽动串联，不借机敛财',
      cite: '第二十六条第五、六项',
      narration: '不得煽动、串联、胁迫、幕后操纵他人信访，不得借机敛财，不得扰乱公共秩序、妨害国家和公共安全。',
      steps: 3,
      transition: 'slideleft',
      draw: () => [
        card(100, 190, 330, 330),
        icon('crowd', 265, 320, 1.3),
        noSign(265, 320, 110),
        text(265, 488, '煽动、串联、操纵', { size: 30, weight: 700, anchor: 'middle' }),
        step(2, [card(475, 190, 330, 330), icon('money', 640, 320, 1.3), noSign(640, 320, 110), text(640, 488, '借信访敛财', { size: 30, weight: 700, anchor: 'middle' })]),
        step(3, [card(850, 190, 330, 330), icon('shield', 1015, 320, 1.3), text(1015, 470, '不扰乱公共秩序', { size: 30, weight: 700, anchor: 'middle' }), text(1015, 506, '不妨害公共安全', { size: 30, weight: 700, anchor: 'middle' })])
      ]
    },
    {
      title: '违反了会怎样',
      cite: '第四十七条',
      narration: '违反的，工作人员先劝阻、批评、教育；构成违反治安管理行为的，由公安机关处罚；构成犯罪的，追究刑事责任。',
      steps: 3,
      transition: 'wipeleft',
      draw: () => {
        const rows: [Parameters<typeof icon>[0], string, string][] = [
          ['talk', '劝阻、批评、教育', '工作人员'],
          ['police', '治安管理处罚', '构成违反治安管理行为的，由公安机关依法处理'],
          ['scales', '追究刑事责任', '构成犯罪的']
        ]
        return rows.map(([k, head, sub], i) => {
          const x = 100 + i * 120
          const y = 180 + i * 120
          return step(i + 1, [card(x, y, 840, 108, i === 0 ? C.paper : i === 1 ? C.accentLight : C.stopLight), icon(k, x + 64, y + 54, 0.7), text(x + 130, y + 50, head, { size: 36, weight: 900 }), text(x + 130, y + 88, sub, { size: 24, fill: C.grey })])
        })
      }
    },
    {
      title: '依法信访，有序表达',
      cite: '第十九、二十条',
      narration: '如实反映情况，到有权处理的本级或上一级机关设立或指定的接待场所走访；多人反映同一件事，推选代表不超过5人。',
      steps: 3,
      transition: 'fade',
      draw: () => [
        ...['如实反映，不捏造、不诬告', '到有权处理机关的接待场所走访', '多人同一事项，推选代表不超过5人'].map((t, i) =>
          step(i + 1, [badge(130, 226 + i * 100, 30, 'ok'), text(180, 238 + i * 100, t, { size: 36, weight: 700 })])
        ),
        ground(1060, 600, 300),
        person(980, 600, { age: 'elder', pose: 'stand', scale: 0.8, skin: 1 }),
        person(1070, 600, { age: 'child', pose: 'cheer', scale: 0.8, long: true, shirt: C.ok }),
        person(1150, 600, { age: 'adult', pose: 'wave', scale: 0.8, shirt: C.primary, flip: true })
      ]
    }
  ]
}

const review: ClipScript = {
  id: 'review',
  scenes: [
    {
      title: '',
      narration: '收到信访处理意见书，觉得不合理，怎么办？可以依法请求复查和复核。',
      draw: () =>
        titleCard('不服处理意见怎么办', '复查和复核 · 第三十五、三十六条', [
          doc(420, 440, 150, 190, '意见书', 4),
          person(660, 648, { age: 'adult', pose: 'think', shirt: C.accent, skin: 1, long: true, hair: C.hair.brown }),
          person(800, 648, { age: 'elder', pose: 'point', shirt: C.primary, flip: true })
        ])
    },
    {
      title: '第一步：请求复查',
      cite: '第三十五条',
      narration: '自收到书面答复之日起30日内，可以请求原办理机关的上一级机关复查。',
      steps: 2,
      transition: 'slideleft',
      draw: () => [
        ground(200, 600, 240),
        person(200, 600, { age: 'young', pose: 'hold', shirt: '#7A5BA6', skin: 2 }),
        building(380, 560, 220, '原办理机关', C.grey),
        step(2, [arrow(620, 420, 760, 340, C.accent, 8), text(700, 330, '30日内', { size: 30, weight: 900, anchor: 'middle', fill: '#8A3F0C' }), building(800, 440, 280, '上一级机关复查', C.primary)])
      ]
    },
    {
      title: '复查：30日内书面答复',
      cite: '第三十五条',
      narration: '复查机关应当自收到复查请求之日起30日内，提出复查意见，并书面答复。',
      steps: 2,
      transition: 'fade',
      draw: () => [
        calendar(110, 190, 260, '30', '日内答复', C.primary),
        ground(560, 600, 260),
        person(560, 600, { age: 'adult', staff: true, pose: 'hold', skin: 0 }),
        step(2, [doc(760, 200, 320, 360, '复查意见', 6), badge(1060, 220, 34, 'ok')])
      ]
    },
    {
      title: '第二步：请求复核',
      cite: '第三十六条第一款',
      narration: '对复查意见不服的，30日内向复查机关的上一级请求复核。复核机关30日内提出复核意见。',
      steps: 3,
      transition: 'slideleft',
      draw: () => [
        building(90, 600, 200, '原办理机关', C.grey),
        arrow(310, 500, 400, 450, C.grey, 6),
        building(430, 540, 240, '复查机关', C.primary),
        step(2, [arrow(690, 420, 790, 360, C.accent, 8), text(740, 340, '30日内', { size: 28, weight: 900, anchor: 'middle', fill: '#8A3F0C' }), building(820, 470, 290, '复核机关', C.primaryDark)]),
        step(3, chip(965, 168, '30日内提出复核意见', { size: 26, fill: C.accentLight, color: '#8A3F0C', anchor: 'middle' }))
      ]
    },
    {
      title: '复核可以举行听证',
      cite: '第三十六条第二款',
      narration: '复核机关可以举行听证，听证所需时间，不计算在复核期限内。',
      steps: 2,
      transition: 'fade',
      draw: () => [
        card(100, 190, 560, 340),
        icon('hearing', 380, 340, 2),
        text(380, 490, '听证', { size: 36, weight: 900, anchor: 'middle' }),
        step(2, [card(720, 190, 460, 340, C.primaryLight), icon('clock', 950, 300, 1.1), text(950, 430, '听证时间', { size: 34, weight: 700, anchor: 'middle' }), text(950, 480, '不计入复核期限', { size: 34, weight: 900, anchor: 'middle', fill: C.primaryDark })])
      ]
    },
    {
      title: '复核以后，不再受理',
      cite: '第三十六条第三款',
      narration: '对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理。',
      steps: 2,
      transition: 'slideleft',
      draw: () => [
        doc(140, 190, 320, 380, '复核意见', 7),
        icon('stamp', 400, 500, 1),
        step(2, [card(540, 230, 640, 260, C.stopLight), text(860, 330, '同一事实和理由', { size: 40, weight: 900, anchor: 'middle' }), text(860, 400, '再次投诉的，不再受理', { size: 40, weight: 900, anchor: 'middle', fill: C.stop })])
      ]
    },
    {
      title: '记住四个30日',
      cite: '第三十五、三十六条',
      narration: '请求复查、作出复查意见、请求复核、作出复核意见，都是30日。依法维权，有序表达。',
      steps: 2,
      transition: 'fade',
      draw: () => {
        const nodes = ['收到答复', '请求复查', '复查意见', '请求复核', '复核意见']
        const parts: string[] = []
        nodes.forEach((n, i) => {
          const x = 130 + i * 255
          parts.push(circle(x, 300, 26, i === 0 ? C.grey : C.primary), text(x, 370, n, { size: 30, weight: 700, anchor: 'middle' }))
          if (i < nodes.length - 1) parts.push(arrow(x + 34, 300, x + 220, 300, C.accent, 6), text(x + 127, 280, '30日', { size: 28, weight: 900, anchor: 'middle', fill: '#8A3F0C' }))
        })
        parts.push(step(2, text(W / 2, 500, '依法维权　有序表达', { size: 56, weight: 900, anchor: 'middle', fill: C.primary })))
        return parts
      }
    }
  ]
}

export const CLIP_SCRIPTS: ClipScript[] = [process, conduct, review]

// Re-exported for posters and build.
export { wrap }
