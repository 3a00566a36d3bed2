import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineButton } from '@tarojs/components/dist/components/taro-button-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Button = /*@__PURE__*/ createReactComponent('taro-button-core', undefined, manipulatePropsFunction, defineButton)
