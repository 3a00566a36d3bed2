// Stands in for @babel/runtime-corejs3/core-js/symbol/dispose (config/h5/babel-runtime.ts). Babel
// adds that import wherever code names the global `Symbol`, because the H5 targets predate
// `Symbol.dispose`; in core-js-pure it only records the symbol in core-js's own registry (never on
// the global `Symbol`), which took some 45 core-js modules on every page. Its value, for a module
// that would read it, is core-js's: the built-in symbol, or the registered `Symbol.for('Symbol.dispose')`.
'use strict'

module.exports = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('Symbol.dispose')
