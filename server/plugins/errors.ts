/**
 * Errors plugin: one error shape for everything. Sets the error handler, validates params,
 * queries and bodies against the contract's TypeBox schemas (compiled once per route) and
 * reports failures as the contract's field errors, and parses JSON so that an empty body on
 * DELETE (what wx.request sends with Content-Type: application/json) is no error.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { TSchema } from '@sinclair/typebox'
import { TypeCompiler } from '@sinclair/typebox/compiler'
import { fieldErrors, type Part } from '../../src/core/events/check'
import { handleError } from '../errors'

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler(handleError)

  app.setValidatorCompiler(({ schema, httpPart }) => {
    const check = TypeCompiler.Compile(schema as TSchema)
    const part = (httpPart ?? 'body') as Part
    return (value: unknown) => {
      if (check.Check(value)) return { value }
      const fields = fieldErrors(check.Errors(value), part)
      const error = fields.map((f) => ({ keyword: f.code, instancePath: `/${f.field}`, schemaPath: '', params: {}, message: f.message, fieldError: f }))
      return { error }
    }
  })

  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '' && request.method === 'DELETE') return done(null, undefined)
    return parseJson(request, body as string, done)
  })
}

export default fp(errorsPlugin, { name: 'errors' })
