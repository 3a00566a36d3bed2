import type { PropsWithChildren } from 'react'
import { ROUTES } from './routes'
import { markDocument } from './services/care-mode'
import { sweepSignupDrafts } from './services/drafts'
import { watchForUpdates } from './services/update'
import './app.css'

markDocument()
leaveUnknownH5Route()
// H5 only: the service worker that keeps opened pages readable offline. The condition is a
// build-time constant, so the mini-program build drops this code and its chunk entirely.
if (process.env.TARO_ENV === 'h5') void import(/* webpackMode: "eager" */ './sw/register').then((m) => m.registerServiceWorker())
// Only WeChat downloads new versions of the app itself; on H5 this would only bring the modal
// dialog's code into the first page's scripts.
if (process.env.TARO_ENV === 'weapp') watchForUpdates()
// Abandoned sign-up drafts can be deleted once the first page has shown (the sign-up form
// checks a draft's age itself); on H5 that keeps the storage scan out of the first frame.
if (process.env.TARO_ENV === 'h5') whenIdle(sweepSignupDrafts)
else sweepSignupDrafts()

/** Runs `task` when the browser is idle (Chrome, Android), or after a second (iOS Safari has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => task(), { timeout: 5000 })
  else setTimeout(task, 1000)
}

/**
 * H5: the server answers every path with the app, and Taro's router shows a blank page for a
 * path it does not know (an old or mistyped link). Send such visits to the home page instead.
 */
function leaveUnknownH5Route(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const path = window.location.pathname.replace(/\/+$/, '') || '/'
  const known = new Set<string>(['/', '/index.html', ...Object.values(ROUTES)])
  if (!known.has(path)) window.location.replace('/')
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
