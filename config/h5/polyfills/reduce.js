// Stands in for @babel/runtime-corejs3/core-js-stable/instance/reduce (config/h5/babel-runtime.ts).
'use strict'
const { reduce, reduceBroken } = require('./array.js')

const arrayReduce = reduceBroken('reduce') ? reduce : Array.prototype.reduce

module.exports = function reduceOf(it) {
  const own = it.reduce
  return it === Array.prototype || (Object.prototype.isPrototypeOf.call(Array.prototype, it) && own === Array.prototype.reduce) ? arrayReduce : own
}
