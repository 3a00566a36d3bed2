/**
 * Sample outreach sessions loaded into an empty database on the server's first start: about
 * 20 sessions across six districts of Xiamen, dated relative to `now` over this month and the
 * next two. Everything here is clearly labelled as sample data: speakers are generic roles
 * (never real people) and venues are marked （示例）.
 */
import type { EventInput, EventKind } from '../core/events/types'
import { beijingDate, chinaTime, monthOf, shiftMonth, toBeijingIso } from '../core/date'

/** Approximate district centres (GCJ-02), good enough for a sample map pin. */
const DISTRICT_COORDS: Record<string, [number, number]> = {
  思明: [24.4455, 118.0824],
  湖里: [24.5127, 118.1466],
  集美: [24.5755, 118.097],
  海沧: [24.4846, 117.9911],
  同安: [24.7232, 118.1522],
  翔安: [24.6185, 118.2466]
}

const TEMPLATES: Record<EventKind, { title: string; summary: string; speaker: string; capacity: number; hours: number }> = {
  lecture: {
    title: '《信访工作条例》巡回宣讲（示例）',
    summary: '讲解信访事项的提出、受理、办理和复查复核，以及如何依法、有序表达诉求。现场解答群众提问。（示例数据）',
    speaker: '（示例）信访干部宣讲',
    capacity: 40,
    hours: 2
  },
  lawyer: {
    title: '律师+信访 公益法律咨询（示例）',
    summary: '值班律师现场提供免费法律咨询，帮助梳理诉求、选择合适的法定途径。请携带相关材料。（示例数据）',
    speaker: '（示例）律师值班',
    capacity: 12,
    hours: 3
  },
  hearing: {
    title: '信访事项公开听证（示例）',
    summary: '邀请听证员、群众代表参加，公开听取各方意见。欢迎旁听，了解听证程序。（示例数据）',
    speaker: '（示例）听证主持人',
    capacity: 20,
    hours: 2
  },
  other: {
    title: '法律进社区 开放日（示例）',
    summary: '普法展板、互动问答和材料发放，了解身边的信访和法律服务渠道。（示例数据）',
    speaker: '（示例）社区工作人员',
    capacity: 60,
    hours: 2
  }
}

const DISTRICTS = Object.keys(DISTRICT_COORDS)
const KINDS: EventKind[] = ['lecture', 'lawyer', 'hearing', 'lecture', 'other', 'lawyer', 'lecture']
/** Day of month and start time (Beijing) of each session within its month. */
const SLOTS: Array<[number, number, number]> = [
  [3, 9, 30],
  [7, 14, 30],
  [11, 9, 0],
  [15, 14, 0],
  [19, 19, 0],
  [23, 9, 30],
  [27, 14, 30]
]

/** The sample sessions for the month of `now` and the two following (Beijing calendar). */
export function buildSampleEvents(now: Date = new Date()): EventInput[] {
  const thisMonth = monthOf(beijingDate(now))
  const out: EventInput[] = []
  let n = 0
  for (let m = 0; m < 3; m++) {
    const month = shiftMonth(thisMonth, m)
    for (const [day, hour, minute] of SLOTS) {
      const kind = KINDS[n % KINDS.length]
      const district = DISTRICTS[n % DISTRICTS.length]
      const t = TEMPLATES[kind]
      const start = chinaTime(`${month}-${String(day).padStart(2, '0')}`, hour, minute)
      const [lat, lng] = DISTRICT_COORDS[district]
      out.push({
        kind,
        title: t.title,
        summary: t.summary,
        startsAt: toBeijingIso(start),
        endsAt: toBeijingIso(start + t.hours * 3600_000),
        venue: `（示例）${district}区社区服务中心`,
        address: `（示例地址）厦门市${district}区`,
        district,
        speaker: t.speaker,
        capacity: t.capacity,
        latitude: lat,
        longitude: lng
      })
      n++
    }
  }
  return out
}
