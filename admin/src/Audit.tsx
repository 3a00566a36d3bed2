import { useCallback, useEffect, useState } from 'react'
import { api, ApiFailure } from './api'
import type { AuditPage } from '../../src/core/staff/types'
import { AUDIT_ACTIONS } from '../../src/core/staff/audit'
import { shortTime } from './format'

type Entry = AuditPage['entries'][number]

export function Audit() {
  const [entries, setEntries] = useState<Entry[]>([])
  const [next, setNext] = useState<number | null>(null)
  const [error, setError] = useState('')
  const [loaded, setLoaded] = useState(false)

  const load = useCallback(async (before: number | null) => {
    try {
      const page = await api<AuditPage>('GET', `/api/admin/audit?limit=50${before ? `&before=${before}` : ''}`)
      setEntries((old) => (before ? [...old, ...page.entries] : page.entries))
      setNext(page.nextBefore)
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : '加载失败')
    } finally {
      setLoaded(true)
    }
  }, [])
  useEffect(() => {
    void load(null)
  }, [load])

  return (
    <section>
      <h1 className='page-title'>审计日志</h1>
      <p className='muted small'>依《个人信息保护法》记录每次查看、导出名单，显示手机号，签到，活动和人员变更。保留 3 年。</p>
      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}
      {loaded && entries.length === 0 ? <p className='card muted'>还没有记录。</p> : null}
      <table className='audit'>
        <thead>
          <tr>
            <th>时间</th>
            <th>人员</th>
            <th>操作</th>
            <th>对象</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{shortTime(e.at)}</td>
              <td>{e.actor === 'token' ? '管理令牌' : e.actor.replace(/^staff:/, '')}</td>
              <td>{AUDIT_ACTIONS[e.action] ?? e.action}</td>
              <td className='mono'>{e.target}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next ? (
        <button type='button' className='btn wide' onClick={() => void load(next)}>
          加载更早的记录
        </button>
      ) : null}
    </section>
  )
}
