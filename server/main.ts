/**
 * `npm run serve` / `npm start`: the API server on the environment's configuration, run by node
 * itself (`node --import tsx server/main.ts`), so the signal a process manager sends reaches
 * this process and its handler. Runs the migrations, loads the sample sessions on a fresh
 * database, runs the retention purge, serves dist/h5 and media when present.
 *
 * SIGTERM/SIGINT: requests in flight are answered (with `Connection: close`), new ones get 503
 * SHUTTING_DOWN, then the listener closes, queued writes finish, the database closes (SQLite
 * merges its WAL) and the process exits 0; if that takes longer than SHUTDOWN_TIMEOUT_MS plus
 * two seconds, it exits 1.
 */
import fs from 'node:fs'
import { buildApp } from './app'
import { configFromEnv } from './config'
import { describeTarget, parseDatabaseUrl } from './db'

async function main() {
  const config = configFromEnv()
  const target = parseDatabaseUrl(config.databaseUrl)
  const app = await buildApp({
    ...config,
    logger: {
      level: process.env.LOG_LEVEL || 'info',
      redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: (req.url ?? '').split('?')[0] })
      }
    }
  })

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => {
      app.log.error('graceful shutdown timed out')
      process.exit(1)
    }, config.shutdownTimeoutMs + 2000)
    force.unref()
    app
      .drain(config.shutdownTimeoutMs)
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (err) => {
          app.log.error({ err: { message: (err as Error).message } }, 'shutdown failed')
          process.exit(1)
        }
      )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  await app.listen({ port: config.port, host: config.host })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : config.port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`
  const notes = [
    `数据库 / database: ${describeTarget(target)}`,
    fs.existsSync(`${config.staticDir}/index.html`) ? `H5: ${config.staticDir}` : `H5 未构建 / not built (${config.staticDir}); API only`,
    config.adminToken ? '管理接口 / admin API: on' : '管理接口 / admin API: off (set ADMIN_TOKEN)',
    `个人信息保留 / retention: 活动结束 ${config.retention?.retentionDays} 日后删除姓名和手机号，每 6 小时清理 / name and phone erased ${config.retention?.retentionDays} days after the event ends, purged every 6 h`
  ]
  process.stdout.write(`依法信访 server listening on ${url}\n${notes.map((n) => `  ${n}`).join('\n')}\n`)
}

main().catch((err) => {
  process.stderr.write(`启动失败 / failed to start: ${(err as Error).message}\n`)
  process.exit(1)
})
