import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineSwitch } from '@tarojs/components/dist/components/taro-switch-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Switch = /*@__PURE__*/ createReactComponent('taro-switch-core', undefined, manipulatePropsFunction, defineSwitch)
