import type { PropsWithChildren } from 'react'
import { markDocument } from './services/care-mode'
import './app.css'

markDocument()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
