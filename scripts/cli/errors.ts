/** A bad command line: printed as one line in Chinese and English, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly chinese: string,
    readonly english: string
  ) {
    super(`${chinese} / ${english}`)
  }
}

export function reportUsage(error: UsageError): number {
  process.stderr.write(`错误：${error.chinese} / Error: ${error.english}\n`)
  return 2
}
