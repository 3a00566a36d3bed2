import { useState, type FormEvent } from 'react'
import { api, ApiFailure } from './api'
import type { StaffSessionResponse } from '../../src/core/staff/types'

export function Login({ onSignedIn }: { onSignedIn: (s: StaffSessionResponse) => void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError('')
    if (!username.trim() || !password) {
      setError('请输入用户名和密码')
      return
    }
    setBusy(true)
    try {
      onSignedIn(await api<StaffSessionResponse>('POST', '/api/staff/login', { username, password }))
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : '登录失败，请重试')
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className='login'>
      <h1 className='login-title'>依法信访 · 工作台</h1>
      <p className='muted'>信访局工作人员登录。账号由管理员开通。</p>
      <form className='card form' onSubmit={(e) => void submit(e)} noValidate>
        <label className='field'>
          <span>用户名</span>
          <input name='username' autoComplete='username' autoCapitalize='none' value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className='field'>
          <span>密码</span>
          <input name='password' type='password' autoComplete='current-password' value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error ? (
          <p className='error' role='alert'>
            {error}
          </p>
        ) : null}
        <button type='submit' className='btn primary' disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  )
}
