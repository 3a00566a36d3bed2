// The console uses only createRoot; @types/react-dom is not installed for this one call.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react'
  export function createRoot(container: Element): { render(children: ReactNode): void; unmount(): void }
}
