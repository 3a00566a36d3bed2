import { privacyNotice } from '../../../src/content/privacy-notice'
import { DEFAULT_RETENTION } from '../../../src/core/privacy/retention'

const keep = (policy = DEFAULT_RETENTION) => privacyNotice(policy).find((s) => s.title === '保存多久')!.items.join('\n')

describe('privacy notice', () => {
  it('says what is collected, why, for how long, who sees it and the citizen’s rights', () => {
    expect(privacyNotice(DEFAULT_RETENTION).map((s) => s.title)).toEqual(['收集哪些信息', '为什么收集', '保存多久', '谁能看到', '搜索反馈（不含个人信息）', '您的权利'])
  })

  it('states the default periods: 30 days after the event, sessions after 180 idle days, checked every 6 hours', () => {
    expect(keep()).toContain('保存至活动结束后 30 日')
    expect(keep()).toContain('在提交 30 日后自动删除')
    expect(keep()).toContain('连续 180 日未使用')
    expect(keep()).toContain('每 6 小时检查一次')
  })

  it('follows the server when the bureau changes the periods', () => {
    const text = keep({ retentionDays: 45, sessionIdleDays: 90 })
    expect(text).toContain('活动结束后 45 日')
    expect(text).toContain('连续 90 日未使用')
    expect(text).not.toContain('30 日')
  })

  it('reads sensibly when names are erased as soon as the event ends', () => {
    const text = keep({ retentionDays: 0, sessionIdleDays: 180 })
    expect(text).toContain('保存至活动结束时')
    expect(text).not.toContain(' 0 日')
  })
})

describe('privacy notice: the search-miss report', () => {
  it('says what is sent, what is removed first, that no identifier goes with it, and for how long', () => {
    const text = privacyNotice(DEFAULT_RETENTION).find((s) => s.title === '搜索反馈（不含个人信息）')!.items.join('\n')
    expect(text).toMatch(/搜索的文字/)
    expect(text).toMatch(/数字串/)
    expect(text).toMatch(/我叫/)
    expect(text).toMatch(/不附带登录状态/)
    expect(text).toMatch(/90 日后自动删除/)
  })
})
