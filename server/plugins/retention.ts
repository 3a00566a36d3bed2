/**
 * Retention plugin: the personal-data purge runs once at start (before the app serves anything)
 * and then every PURGE_EVERY_HOURS; the timer is unref'd and cleared on close. Logs counts only.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { PURGE_EVERY_HOURS } from '../../src/core/privacy/retention'
import { purgeExpiredPersonalData } from '../repositories/retention'

export const PURGE_INTERVAL_MS = PURGE_EVERY_HOURS * 3600_000

export interface RetentionOptions {
  /** Default 6 h; 0 turns the automatic purge off. */
  purgeIntervalMs?: number
}

async function retentionPlugin(app: FastifyInstance, opts: RetentionOptions) {
  const every = opts.purgeIntervalMs ?? PURGE_INTERVAL_MS
  if (!Number.isInteger(every) || every < 0 || every > 2 ** 31 - 1) {
    throw new Error(`purgeIntervalMs ${every} invalid: expected an integer 0..${2 ** 31 - 1}`)
  }
  if (every === 0) return
  let purging: Promise<void> | null = null
  const purge = (trigger: 'start' | 'interval'): Promise<void> => {
    if (purging) return purging
    purging = purgeExpiredPersonalData(app.database, app.retention, app.now())
      .then(
        (r) => {
          app.log.info(
            { trigger, retentionDays: r.retentionDays, signups: r.signups, events: r.events, idempotency: r.idempotency, sessions: r.sessions, searchFeedback: r.searchFeedback },
            'retention purge'
          )
        },
        (err: unknown) => {
          app.log.error({ trigger, err: { message: (err as Error)?.message } }, 'retention purge failed')
        }
      )
      .finally(() => {
        purging = null
      })
    return purging
  }
  await purge('start')
  const timer = setInterval(() => void purge('interval'), every)
  timer.unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    if (purging) await purging
  })
}

export default fp(retentionPlugin, { name: 'retention', dependencies: ['database'] })
