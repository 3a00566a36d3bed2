// Build-time constants that config/index.ts defines for real builds.
;(globalThis as Record<string, unknown>).API_BASE = 'http://api.test'
;(globalThis as Record<string, unknown>).MEDIA_BASE = 'http://api.test/media'
