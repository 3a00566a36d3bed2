// The Taro components as the H5 build imports them (config/h5/index.ts points the
// `@tarojs/components` alias here). Taro's own module defines all components in one module, so
// a component that any page uses reaches every page: the swiper of the 图解 cards (about 170 KB)
// loaded with the home page. The heavy ones are defined in modules of their own below, so they
// load only with the pages that use them; the rest come from Taro as before. (Explicit exports
// win over `export *`.)
export * from '@tarojs/components/lib/react/index.js'
export { Swiper, SwiperItem } from './swiper.mjs'
export { Video } from './video.mjs'
export { Picker } from './picker.mjs'
// The form controls and the canvas of other pages (sign-up, search, deadline calculator, check-in
// code, share), so the View, Text and Image that every page uses come without them.
export { Input } from './input.mjs'
export { Switch } from './switch.mjs'
export { Canvas } from './canvas.mjs'
export { Button } from './button.mjs'
