// Runtime half of config/weapp-a11y (bundled into the weapp app; ES5 apart from the imports).
import { hooks, mergeInternalComponents } from '@tarojs/shared'
import attributes from './attributes.json'

// Same attributes as the templates, so Taro's property aliases (p0, p1, …) line up.
mergeInternalComponents(JSON.parse(JSON.stringify(attributes)))

var A11Y = {}
Object.keys(attributes.View).forEach(function (prop) {
  A11Y[prop] = true
})

function onlyA11yProps(node) {
  for (var prop in node.props) {
    if (prop === 'class' || prop === 'style' || prop === 'id' || prop.indexOf('data-') === 0) continue
    if (!A11Y[prop]) return false
  }
  return true
}

// Taro puts any view with a non-class/style prop on the heavy `view` template; a tappable whose
// only extra props are accessibility attributes belongs on the light `click-view` one.
hooks.tap('modifyHydrateData', function (data, node) {
  if (node.nodeName === 'view' && data.nn === 'view' && node.isOnlyClickBinded() && onlyA11yProps(node)) {
    data.nn = 'click-view'
  }
})
