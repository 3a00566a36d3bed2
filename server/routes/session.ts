/** POST /api/session: a WeChat session (code2session) or an anonymous device session. */
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { SessionRequest, SessionResponse } from '../../src/core/events/contract'
import { createSession } from '../repositories/sessions'
import { sha256 } from '../repositories/signups'
import { code2session, type WechatConfig } from '../wechat'

export interface SessionRouteOptions {
  wechat?: WechatConfig | null
  /** Sessions per minute per IP; 0 = off. */
  perMinute: number
}

export default async function sessionRoutes(plain: FastifyInstance, opts: SessionRouteOptions) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  const limit = app.limiter('session:ip', opts.perMinute, (r) => r.ip, '登录过于频繁，请稍后再试')
  app.post(
    '/api/session',
    {
      schema: { body: SessionRequest, response: { 200: SessionResponse } },
      preValidation: async (request) => {
        if (request.body === undefined || request.body === null) request.body = {}
      },
      onRequest: limit
    },
    async (request) => {
      const code = request.body.code
      const now = app.now()
      if (code && opts.wechat) {
        const { openid } = await code2session(opts.wechat, code)
        // The same WeChat user keeps their sign-ups across logins; only a hash of the openid is kept.
        const subject = `wx_${sha256(`${opts.wechat.appId}:${openid}`).slice(0, 40)}`
        return { token: await createSession(app.database, 'wechat', subject, now), kind: 'wechat' as const }
      }
      const subject = `dv_${sha256(randomUUID()).slice(0, 40)}`
      return { token: await createSession(app.database, 'device', subject, now), kind: 'device' as const }
    }
  )
}
