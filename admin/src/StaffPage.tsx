import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { api, ApiFailure } from './api'
import type { StaffAccount, StaffListResponse } from '../../src/core/staff/types'
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../src/core/staff/roles'
import { checkDisplayName, checkPassword, checkUsername } from '../../src/core/staff/rules'

export function StaffPage({ me }: { me: string }) {
  const [staff, setStaff] = useState<StaffAccount[]>([])
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [form, setForm] = useState({ username: '', displayName: '', role: 'checker' as StaffRole, password: '' })

  const load = useCallback(
    () => api<StaffListResponse>('GET', '/api/admin/staff').then((r) => setStaff(r.staff), (e) => setError(e instanceof ApiFailure ? e.message : '加载失败')),
    []
  )
  useEffect(() => {
    void load()
  }, [load])

  const add = async (e: FormEvent) => {
    e.preventDefault()
    setError('')
    setNotice('')
    const bad = [checkUsername(form.username), checkDisplayName(form.displayName), checkPassword(form.password)].find((x) => x !== null)
    if (bad) {
      setError(bad.message)
      return
    }
    try {
      await api('POST', '/api/admin/staff', form)
      setNotice(`已添加 ${form.username}，请当面告知初始密码`)
      setForm({ username: '', displayName: '', role: 'checker', password: '' })
      void load()
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : '添加失败')
    }
  }

  const disable = async (username: string) => {
    setError('')
    try {
      await api('POST', `/api/admin/staff/${encodeURIComponent(username)}/disable`)
      setNotice(`已停用 ${username}`)
      void load()
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : '操作失败')
    }
  }

  return (
    <section>
      <h1 className='page-title'>工作人员</h1>
      <p className='muted small'>签到员只能签到；活动编辑还能发布、修改、取消活动，查看和导出名单；管理员还能管理人员、查看审计日志。</p>
      {notice ? <p className='notice'>{notice}</p> : null}
      {error ? (
        <p className='error' role='alert'>
          {error}
        </p>
      ) : null}
      <ul className='list'>
        {staff.map((s) => (
          <li key={s.username} className='card row-between'>
            <span>
              <strong>{s.displayName}</strong> <span className='muted'>{s.username}</span>
              <br />
              <span className='small'>{ROLE_LABELS[s.role]}{s.disabled ? ' · 已停用' : ''}</span>
            </span>
            {!s.disabled && s.username !== me ? (
              <button type='button' className='btn small' onClick={() => void disable(s.username)}>
                停用
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <h2 className='section-title'>添加人员</h2>
      <form className='card form' onSubmit={(e) => void add(e)} noValidate>
        <label className='field'>
          <span>用户名</span>
          <input autoCapitalize='none' value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
        </label>
        <label className='field'>
          <span>姓名</span>
          <input value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        </label>
        <label className='field'>
          <span>角色</span>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label className='field'>
          <span>初始密码（至少 10 个字符）</span>
          <input type='password' autoComplete='new-password' value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </label>
        <button type='submit' className='btn primary'>
          添加
        </button>
      </form>
    </section>
  )
}
