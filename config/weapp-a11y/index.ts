/**
 * Taro plugin: accessibility attributes reach WeChat. Taro 4's weapp templates bind no aria-*
 * attribute, so `role`/`aria-*` props rode in setData and reached nothing. This plugin
 *  - adds the attributes in attributes.json to those components' templates (base.wxml), writing
 *    React's `role` as WeChat's `aria-role` (https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html);
 *  - gives the light tap template (`click-view`: class, style, bindtap) the same attributes;
 *  - injects a runtime module (runtime.mjs) that registers the same attributes, so Taro's
 *    short property aliases match the templates, and keeps a view whose only handler is tap and
 *    whose only other props are these attributes on `click-view` instead of the heavy `view`
 *    template that binds every touch and animation event.
 * Uses Taro's documented extension points: ctx.registerMethod('onSetupClose'),
 * template.mergeComponents and platform.runtimePath (as @tarojs/plugin-inject does).
 */
import path from 'node:path'

type Attrs = Record<string, string>
interface MiniTemplate {
  mergeComponents: (ctx: unknown, patch: Record<string, Attrs>) => void
  replacePropName: (name: string, value: string, componentName: string, componentAlias: unknown) => string
  createMiniComponents: (components: unknown) => Record<string, Attrs>
}
interface Platform {
  platform: string
  template: MiniTemplate
  runtimePath: string | string[]
}
interface PluginContext {
  registerMethod: (method: { name: string; fn: (platform: Platform) => void }) => void
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const A11Y_ATTRIBUTES = require('./attributes.json') as Record<string, Attrs>

/** WeChat's name for a prop: `role` is `aria-role` there, aria-* keep their names. */
export const wechatAttrName = (prop: string): string => (prop === 'role' ? 'aria-role' : prop)

const copy = () => JSON.parse(JSON.stringify(A11Y_ATTRIBUTES)) as Record<string, Attrs>

export default (ctx: PluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: Platform) {
      if (platform.platform !== 'weapp') return
      const template = platform.template
      template.mergeComponents(ctx, copy())

      const replacePropName = template.replacePropName.bind(template)
      template.replacePropName = (name, value, componentName, alias) =>
        name === 'role' ? 'aria-role' : replacePropName(name, value, componentName, alias)

      const createMiniComponents = template.createMiniComponents.bind(template)
      template.createMiniComponents = (components) => {
        const result = createMiniComponents(components)
        const click = result['click-view']
        const full = result['static-view']
        for (const prop of Object.keys(A11Y_ATTRIBUTES.View)) {
          const attr = wechatAttrName(prop)
          if (click && full?.[attr]) click[attr] = full[attr]
        }
        return result
      }

      const runtime = path.join(__dirname, 'runtime.mjs')
      platform.runtimePath = [...(Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath]), runtime]
    }
  })
}
