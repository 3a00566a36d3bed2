/** A fixed-window in-memory limiter (requests per minute per key); 0 turns it off. */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>()
  constructor(
    readonly perMinute: number,
    private readonly clock: () => number = Date.now
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string): number {
    if (this.perMinute <= 0) return 0
    const now = this.clock()
    if (this.hits.size > 50_000) for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k)
    let h = this.hits.get(key)
    if (!h || h.resetAt <= now) {
      h = { count: 0, resetAt: now + 60_000 }
      this.hits.set(key, h)
    }
    h.count++
    return h.count > this.perMinute ? Math.max(1, Math.ceil((h.resetAt - now) / 1000)) : 0
  }
}
