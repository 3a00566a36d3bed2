// Stands in for @babel/runtime-corejs3/core-js-stable/instance/reduce-right (config/h5/babel-runtime.ts).
'use strict'
const { reduceBroken, reduceRight } = require('./array.js')

const arrayReduceRight = reduceBroken('reduceRight') ? reduceRight : Array.prototype.reduceRight

module.exports = function reduceRightOf(it) {
  const own = it.reduceRight
  return it === Array.prototype || (Object.prototype.isPrototypeOf.call(Array.prototype, it) && own === Array.prototype.reduceRight) ? arrayReduceRight : own
}
