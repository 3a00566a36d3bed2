import { act } from '@testing-library/react'

/** What Tab visits, in order (no layout in jsdom: document order, which is Chromium's for tabindex 0). */
export function tabStops(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'))
}

/** Presses Tab: focus moves to the next stop after the focused element (the first, from the page). */
export function tab(): HTMLElement {
  const stops = tabStops()
  const next = stops[stops.indexOf(document.activeElement as HTMLElement) + 1]
  if (!next) throw new Error('Tab has nowhere to go')
  act(() => next.focus())
  return next
}
