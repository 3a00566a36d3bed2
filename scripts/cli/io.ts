/**
 * The one io of the command line: every command writes through it and returns its exit code, so
 * tests run commands in-process with captured output (see tests/unit/cli). Bad arguments are one
 * line in Chinese and English on stderr and exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** The first line of standard input (a password, say), for the commands that read one. */
  readLine?: (prompt: string) => Promise<string>
  env: NodeJS.ProcessEnv
  cwd: string
}

/** The first line of the process's standard input; the prompt is shown only on a terminal. */
async function readFirstLine(prompt: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(prompt)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer)
    if ((chunk as Buffer).includes(10)) break
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]
}

/** The real process: what scripts/cli.ts passes. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readLine: readFirstLine,
    env: process.env,
    cwd: process.cwd()
  }
}

/** A command as the table in scripts/cli.ts loads it. */
export interface CliModule {
  run: (args: string[], io: CliIo) => Promise<number>
}

/** A bad command line: printed as one line in Chinese and English, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly chinese: string,
    readonly english: string
  ) {
    super(`${chinese} / ${english}`)
  }
}

const USAGE_EXIT = 2

/** Prints a usage error (one line) and returns exit code 2. */
export function reportUsage(io: CliIo, error: UsageError): number {
  io.stderr(`错误：${error.chinese} / Error: ${error.english}\n`)
  return USAGE_EXIT
}

/** Shorthand: reportUsage with a new UsageError. */
export function usage(io: CliIo, chinese: string, english: string): number {
  return reportUsage(io, new UsageError(chinese, english))
}

/**
 * Wraps a command's body: the io defaults to the real process, and a UsageError thrown anywhere
 * inside (parseCommandArgs throws them) becomes its one line and exit code 2.
 */
export function command(body: (args: string[], io: CliIo) => Promise<number>): (args: string[], io?: CliIo) => Promise<number> {
  return async (args, io = processIo()) => {
    try {
      return await body(args, io)
    } catch (error) {
      if (error instanceof UsageError) return reportUsage(io, error)
      throw error
    }
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * util.parseArgs (strict) with its errors turned into UsageErrors in Chinese and English.
 * `--name=value` and `--name value` both work; booleans take no value.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    const name = /'(-[^' ]+)/.exec(e.message)?.[1] ?? ''
    switch (e.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`不认识的参数 ${name}`, `unknown argument ${name}`)
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(`参数 ${name} 的值不对（需要值的参数要跟一个值，开关参数不带值）`, `bad value for ${name}: options that take a value need one, switches take none`)
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw new UsageError(`多余的参数 ${name}`, `unexpected argument ${name}`)
      default:
        throw error
    }
  }
}
