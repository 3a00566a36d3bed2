import type { PropsWithChildren } from 'react'
import { ROUTES } from './routes'
import { markDocument } from './services/care-mode'
import './app.css'

markDocument()
leaveUnknownH5Route()
// H5 only: the service worker that keeps opened pages readable offline. The condition is a
// build-time constant, so the mini-program build drops this code and its chunk entirely.
if (process.env.TARO_ENV === 'h5') void import(/* webpackMode: "eager" */ './sw/register').then((m) => m.registerServiceWorker())

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
