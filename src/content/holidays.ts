import type { HolidayCalendar } from '../core/deadlines/types'

/**
 * National public holidays and adjusted workdays (调休上班日), as published each year by the
 * General Office of the State Council. Only years whose notice has been checked are listed; any
 * other year counts weekends only and every date falling in it is flagged `uncertain`.
 *
 * To add a year: copy the notice's dates exactly (every 放假 range, every 上班 day), name the
 * notice and its date in `source`, and add tests for its Spring Festival and National Day.
 */
export const HOLIDAYS: HolidayCalendar = {
  years: [
    {
      year: 2025,
      verified: true,
      source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
      holidays: [
        { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
        { name: '春节', from: '2025-01-28', to: '2025-02-04' },
        { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
        { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
        { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
        { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' }
      ],
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']
    },
    {
      year: 2026,
      verified: true,
      source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社受权发布）',
      holidays: [
        { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
        { name: '春节', from: '2026-02-15', to: '2026-02-23' },
        { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
        { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
        { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
        { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
        { name: '国庆节', from: '2026-10-01', to: '2026-10-07' }
      ],
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']
    }
  ]
}
