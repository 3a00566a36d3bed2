import { Text, View } from '@tarojs/components'

/**
 * Static markup without Taro's component layer on H5. There Taro's View and Text are Stencil custom
 * elements (<taro-view-core>, <taro-text-core>): each one costs a React wrapper component, a
 * custom-element upgrade and a Stencil render pass, and the home page had about a hundred of them
 * in its first frame. A View or Text that carries only a class, `role`, `aria-*` attributes and
 * an onClick (no hover-class, long-press, selectable or space) renders the same as a <div> or a
 * <span>, which React makes directly. The mini-program keeps Taro's components (the condition is a
 * build-time constant).
 */
export const Box = (process.env.TARO_ENV === 'h5' ? 'div' : View) as unknown as typeof View
export const Span = (process.env.TARO_ENV === 'h5' ? 'span' : Text) as unknown as typeof Text
