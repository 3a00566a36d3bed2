import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineVideo } from '@tarojs/components/dist/components/taro-video-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Video = /*@__PURE__*/ createReactComponent('taro-video-core', undefined, manipulatePropsFunction, defineVideo)
