// Array.prototype.includes, reduce and reduceRight as the H5 build calls them
// (config/h5/babel-runtime.ts): the built-ins, or, where core-js would find a built-in broken, the
// spec's own steps. Webpack takes this file as it is (Babel compiles only src/ and Taro's
// packages), so it is written for the H5 targets themselves (Chrome 70, iOS 14).
/* global navigator -- the page's, when there is one */
'use strict'

const toLength = (value) => Math.min(Math.max(Math.trunc(Number(value)) || 0, 0), Number.MAX_SAFE_INTEGER)
const toInteger = (value) => Math.trunc(Number(value)) || 0

const fails = (probe) => {
  try {
    return !!probe()
  } catch {
    return true
  }
}

/** core-js's checks (es.array.includes): Firefox 99-101 and Safari up to 26.4 mishandle holes. */
function includesBroken(native = Array.prototype.includes) {
  // eslint-disable-next-line no-sparse-arrays -- the check is about holes
  return typeof native !== 'function' || fails(() => !native.call(Array(1))) || fails(() => native.call([, 1], undefined, 1))
}

/** core-js's checks (es.array.reduce, es.array.reduce-right): V8 bug 1049982 in Chrome 80-82, or a method that runs on null. */
function reduceBroken(name, userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent, native = Array.prototype[name]) {
  const chrome = /Edge\/(\d+)/.test(userAgent) ? 0 : Number((/Chrome\/(\d+)/.exec(userAgent) || [])[1] || 0)
  const throwsOnNull = fails(() => {
    native.call(null, () => 1, 1)
  })
  return (chrome > 79 && chrome < 83) || typeof native !== 'function' || !throwsOnNull
}

/** Array.prototype.includes, step by step as the spec has it. */
function includes(searchElement) {
  const o = Object(this)
  const length = toLength(o.length)
  const n = toInteger(arguments[1])
  for (let k = n >= 0 ? n : Math.max(length + n, 0); k < length; k++) {
    const element = o[k]
    if (element === searchElement || (element !== element && searchElement !== searchElement)) return true
  }
  return false
}

/** Array.prototype.reduce (direction 1) or reduceRight (-1), step by step as the spec has it. */
function reduceIn(direction) {
  return function (callback) {
    if (this === null || this === undefined) throw new TypeError('Array.prototype.reduce called on null or undefined')
    const o = Object(this)
    const length = toLength(o.length)
    if (typeof callback !== 'function') throw new TypeError(`${String(callback)} is not a function`)
    let k = direction > 0 ? 0 : length - 1
    const inRange = () => (direction > 0 ? k < length : k >= 0)
    let accumulator
    if (arguments.length > 1) accumulator = arguments[1]
    else {
      while (inRange() && !(k in o)) k += direction
      if (!inRange()) throw new TypeError('Reduce of empty array with no initial value')
      accumulator = o[k]
      k += direction
    }
    for (; inRange(); k += direction) if (k in o) accumulator = callback(accumulator, o[k], k, o)
    return accumulator
  }
}

module.exports = { includesBroken, reduceBroken, includes, reduce: reduceIn(1), reduceRight: reduceIn(-1) }
