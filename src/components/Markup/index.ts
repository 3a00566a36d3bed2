import { Text, View } from '@tarojs/components'
import { createElement, useRef, type ComponentType, type KeyboardEvent, type ReactNode } from 'react'

/**
 * Static markup without Taro's component layer on H5. There Taro's View and Text are Stencil custom
 * elements (<taro-view-core>, <taro-text-core>): each one costs a React wrapper component, a
 * custom-element upgrade and a Stencil render pass, and the home page had about a hundred of them
 * in its first frame. A View or Text that carries only a class, `role`, `aria-*` attributes and
 * an onClick (no hover-class, long-press, selectable or space) renders the same as a <div> or a
 * <span>, which React makes directly. The mini-program keeps Taro's components (the condition is a
 * build-time constant). Something a finger taps is an Action (below), never a bare Box or Span: on
 * H5 a keyboard could not reach it (tests/unit/a11y/keyboard-actions.test.ts).
 */
export const Box = (process.env.TARO_ENV === 'h5' ? 'div' : View) as unknown as typeof View
export const Span = (process.env.TARO_ENV === 'h5' ? 'span' : Text) as unknown as typeof Text

export interface ActionProps {
  /**
   * What a screen reader calls it: `link` opens a page, `button` does something here; `tab`,
   * `checkbox`, `radio` and `switch` are buttons that pick or toggle something, and say so.
   */
  role: 'link' | 'button' | 'tab' | 'checkbox' | 'radio' | 'switch'
  'aria-label': string
  'aria-pressed'?: boolean
  'aria-expanded'?: boolean
  'aria-selected'?: boolean
  'aria-checked'?: boolean
  'aria-disabled'?: boolean
  /** A tap (or, on H5, Enter or Space): only stopPropagation is the same on both platforms. */
  onClick: (event: { stopPropagation?: () => void }) => void
  className?: string
  children?: ReactNode
}

/**
 * A tappable Box (a link or a button) that a keyboard can also use. In WeChat it is Taro's View
 * itself, with the same props, so the compiled templates and the data a page sends are what a
 * plain `<View role onClick>` gives (aria-role/aria-label on the light tap template). On H5 a
 * <div role=…> is no control to the browser: Tab skips it and Enter does nothing. There this
 * renders a <div> that Tab reaches (tabindex 0), that Enter activates and, for anything but a link,
 * Space too, the way a native <a>, <button> or checkbox does; the focus ring is app.css's
 * `:focus-visible` rule. One that is aria-disabled stays in the tab order (so it can be found and
 * read) and its onClick decides that it does nothing, as on a tap.
 */
export const Action = (process.env.TARO_ENV === 'h5' ? KeyboardAction : View) as unknown as ComponentType<ActionProps>

/**
 * An Action inside running text (a hotline number in a sentence): Taro's Text in WeChat, a <span>
 * that Tab reaches and Enter or Space presses on H5.
 */
export const InlineAction = (process.env.TARO_ENV === 'h5' ? KeyboardInlineAction : Text) as unknown as ComponentType<ActionProps>

function KeyboardAction(props: ActionProps) {
  return useKeyboardControl(props, 'div')
}

function KeyboardInlineAction(props: ActionProps) {
  return useKeyboardControl(props, 'span')
}

/** The element both render (a hook: React passes components a second argument of its own). */
function useKeyboardControl(props: ActionProps, tag: 'div' | 'span') {
  const { role } = props
  // Space activates a button (or checkbox, tab…) when released, as a native button does (and then
  // only if it went down here); it must not scroll the page meanwhile.
  const spaceDown = useRef(false)
  const own = (e: KeyboardEvent<HTMLElement>) => e.target === e.currentTarget && !e.altKey && !e.ctrlKey && !e.metaKey
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!own(e)) return
    if (e.key === 'Enter') {
      e.preventDefault()
      // A real click, so onClick and anything else listening see what a tap gives them. A held
      // Enter repeats; a link should open its page once.
      if (!e.repeat) e.currentTarget.click()
    } else if (e.key === ' ' && role !== 'link') {
      e.preventDefault()
      spaceDown.current = true
    }
  }
  const onKeyUp = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== ' ' || !spaceDown.current) return
    spaceDown.current = false
    if (!own(e)) return
    e.preventDefault()
    e.currentTarget.click()
  }
  const onBlur = () => {
    spaceDown.current = false
  }
  return createElement(tag, { ...props, tabIndex: 0, onKeyDown, onKeyUp, onBlur })
}
