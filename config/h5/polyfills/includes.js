// Stands in for @babel/runtime-corejs3/core-js-stable/instance/includes (config/h5/babel-runtime.ts):
// `_includes(x).call(x, …)` gets the method core-js would give, without loading core-js.
'use strict'
const { includes, includesBroken } = require('./array.js')

const arrayIncludes = includesBroken() ? includes : Array.prototype.includes
const inherits = (proto, it) => Object.prototype.isPrototypeOf.call(proto, it)

module.exports = function includesOf(it) {
  const own = it.includes
  if (it === Array.prototype || (inherits(Array.prototype, it) && own === Array.prototype.includes)) return arrayIncludes
  if (typeof it === 'string' || it === String.prototype || (inherits(String.prototype, it) && own === String.prototype.includes)) {
    return String.prototype.includes
  }
  return own
}
