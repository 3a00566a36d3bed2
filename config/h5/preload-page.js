// The first module of the H5 app's entry (config/h5/index.ts): the app's scripts have arrived, so
// now the opened page's chunks may take the bandwidth (config/h5/route-preload.ts wrote the
// function into index.html). Webpack takes this file as it is, so plain ES5.
/* global window */
'use strict'

if (typeof window !== 'undefined' && typeof window.__yifaPreloadPage === 'function') window.__yifaPreloadPage()
