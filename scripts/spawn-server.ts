/**
 * Starts the real server as a child in its own process group, on an ephemeral port, and
 * resolves once it prints its URL: `node --import tsx server/main.ts` (what `npm run serve` runs),
 * or `npm run serve` itself with `via: 'npm'` (to check that a signal to npm reaches the
 * server). Shared by the API benchmark, the server process tests and the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')

export interface RunningServer {
  proc: ChildProcess
  /** e.g. http://127.0.0.1:40123 */
  base: string
  /** Resolves with the exit code (null when a signal ended it). */
  exit: Promise<number | null>
  output: () => string
  /** Signals the whole process group (npm and the server alike). */
  signal: (name: NodeJS.Signals) => void
}

export interface SpawnOptions {
  /** 'node' (default) runs the server directly; 'npm' runs `npm run --silent serve`. */
  via?: 'node' | 'npm'
}

/** `env` overrides the defaults: no sample data, no rate limit, no H5 or media, quiet logs. */
export function spawnServer(env: Record<string, string>, opts: SpawnOptions = {}): Promise<RunningServer> {
  const [cmd, args] = opts.via === 'npm' ? ['npm', ['run', '--silent', 'serve']] : [process.execPath, ['--import', 'tsx', 'server/main.ts']]
  const proc = spawn(cmd, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SIGNUP_RATE_LIMIT: '0',
      SAMPLE_DATA: '0',
      LOG_LEVEL: 'warn',
      STATIC_DIR: path.join(ROOT, 'does-not-exist-h5'),
      MEDIA_DIR: path.join(ROOT, 'does-not-exist-media'),
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  let out = ''
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(proc.pid as number), name)
    } catch {
      // already gone
    }
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal('SIGKILL')
      reject(new Error(`server did not start:\n${out}`))
    }, 30_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /listening on (http:\/\/[^\s/]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ proc, base: m[1], exit, output: () => out, signal })
      }
    }
    proc.stdout?.on('data', onData)
    proc.stderr?.on('data', onData)
    exit.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code}) before listening:\n${out}`))
    })
  })
}
