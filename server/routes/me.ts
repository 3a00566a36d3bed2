/** The caller's own sign-ups, under /api/me: every route here needs a session (one hook). */
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { CancelSignupResult, IdParams, MySignupsResponse } from '../../src/core/events/contract'
import { cancelSignup, mySignups } from '../repositories/signups'

export default async function meRoutes(plain: FastifyInstance) {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>()
  app.addHook('onRequest', app.requireSession)

  app.get('/signups', { schema: { response: { 200: MySignupsResponse } } }, async (request) => ({
    signups: await mySignups(app.database.db, request.subject, app.now())
  }))

  app.delete('/signups/:id', { schema: { params: IdParams, response: { 200: CancelSignupResult } } }, async (request) =>
    cancelSignup(app.database, request.subject, request.params.id, app.now())
  )
}
