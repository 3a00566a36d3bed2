import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineInput } from '@tarojs/components/dist/components/taro-input-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Input = /*@__PURE__*/ createReactComponent('taro-input-core', undefined, manipulatePropsFunction, defineInput)
