import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/createComponent.js'
import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { defineCustomElement as defineSwiper } from '@tarojs/components/dist/components/taro-swiper-core.js'
import { defineCustomElement as defineSwiperItem } from '@tarojs/components/dist/components/taro-swiper-item-core.js'

// As in @tarojs/components/lib/react/components.js, in a module of its own (see index.mjs).
export const Swiper = /*@__PURE__*/ createReactComponent('taro-swiper-core', undefined, manipulatePropsFunction, defineSwiper)
export const SwiperItem = /*@__PURE__*/ createReactComponent('taro-swiper-item-core', undefined, manipulatePropsFunction, defineSwiperItem)
