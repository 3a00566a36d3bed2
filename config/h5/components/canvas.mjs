import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineCanvas } from '@tarojs/components/dist/components/taro-canvas-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Canvas = /*@__PURE__*/ createReactComponent('taro-canvas-core', undefined, manipulatePropsFunction, defineCanvas)
