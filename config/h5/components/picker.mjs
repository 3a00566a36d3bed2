import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as definePicker } from '@tarojs/components/dist/components/taro-picker-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Picker = /*@__PURE__*/ createReactComponent('taro-picker-core', undefined, manipulatePropsFunction, definePicker)
