/**
 * 依法信访 工作台: the bureau's browser console at /admin/ (H5 only, never in the weapp
 * packages). Hash routes keep it one static page: #/ events, #/new, #/edit/ID, #/signups/ID,
 * #/door/ID, #/audit, #/staff.
 */
import { createRoot } from 'react-dom/client'
import { useCallback, useEffect, useState } from 'react'
import { api, setSession, whenSignedOut } from './api'
import type { StaffSessionResponse } from '../../src/core/staff/types'
import { can, ROLE_LABELS } from '../../src/core/staff/roles'
import { Login } from './Login'
import { EventList } from './EventList'
import { EventForm } from './EventForm'
import { Signups } from './Signups'
import { Door } from './Door'
import { Audit } from './Audit'
import { StaffPage } from './StaffPage'
import { SearchMisses } from './SearchMisses'
import { PrintPage } from './PrintPage'

function useHashRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean)
  const [route, setRoute] = useState(read)
  useEffect(() => {
    const on = () => {
      setRoute(read())
      window.scrollTo(0, 0)
    }
    window.addEventListener('hashchange', on)
    return () => window.removeEventListener('hashchange', on)
  }, [])
  return route
}

export const go = (path: string) => {
  window.location.hash = `#/${path}`
}

function App() {
  const [session, setSessionState] = useState<StaffSessionResponse | null>(null)
  const [checked, setChecked] = useState(false)
  const route = useHashRoute()

  const signedIn = useCallback((s: StaffSessionResponse | null) => {
    setSession(s)
    setSessionState(s)
  }, [])

  useEffect(() => {
    whenSignedOut(() => signedIn(null))
    api<StaffSessionResponse>('GET', '/api/staff/me')
      .then(signedIn, () => signedIn(null))
      .finally(() => setChecked(true))
  }, [signedIn])

  if (!checked) return <p className='boot'>正在加载工作台…</p>
  if (!session) return <Login onSignedIn={signedIn} />

  const role = session.staff.role
  const [page, id] = route
  let body
  if (page === 'new' && can(role, 'event.create')) body = <EventForm role={role} />
  else if (page === 'edit' && id && can(role, 'event.update')) body = <EventForm role={role} eventId={id} />
  else if (page === 'signups' && id && can(role, 'signups.view')) body = <Signups eventId={id} />
  else if (page === 'door' && id) body = <Door eventId={id} />
  else if (page === 'audit' && can(role, 'audit.read')) body = <Audit />
  else if (page === 'staff' && can(role, 'staff.list')) body = <StaffPage me={session.staff.username} />
  else if (page === 'misses' && can(role, 'feedback.read')) body = <SearchMisses />
  else if (page === 'print' && can(role, 'print')) body = <PrintPage />
  else body = <EventList role={role} scope={page === 'past' ? 'past' : 'upcoming'} />

  const logout = async () => {
    try {
      await api('POST', '/api/staff/logout')
    } finally {
      signedIn(null)
      go('')
    }
  }

  return (
    <div className='shell'>
      <header className='topbar'>
        <a className='brand' href='#/'>
          依法信访 · 工作台
        </a>
        <span className='who' aria-label='当前登录'>
          {session.staff.displayName}（{ROLE_LABELS[role]}）
        </span>
        <button type='button' className='link-btn' onClick={() => void logout()}>
          退出
        </button>
      </header>
      <nav className='tabs' aria-label='工作台导航'>
        <a href='#/' aria-current={!page || page === 'upcoming' ? 'page' : undefined}>
          活动
        </a>
        <a href='#/past' aria-current={page === 'past' ? 'page' : undefined}>
          已结束
        </a>
        {can(role, 'feedback.read') ? (
          <a href='#/misses' aria-current={page === 'misses' ? 'page' : undefined}>
            搜索未答
          </a>
        ) : null}
        {can(role, 'print') ? (
          <a href='#/print' aria-current={page === 'print' ? 'page' : undefined}>
            印刷品
          </a>
        ) : null}
        {can(role, 'audit.read') ? (
          <a href='#/audit' aria-current={page === 'audit' ? 'page' : undefined}>
            审计日志
          </a>
        ) : null}
        {can(role, 'staff.list') ? (
          <a href='#/staff' aria-current={page === 'staff' ? 'page' : undefined}>
            人员
          </a>
        ) : null}
      </nav>
      <main className='content'>{body}</main>
    </div>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />)
