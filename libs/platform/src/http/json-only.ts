import { HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { errorBody } from '../errors/error-body.js';

/** application/json, with parameters (charset) or without, in any letter case. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Every body this API takes is JSON. Anything else is refused with 415 before a route sees it:
 * forms and text/plain are what a page on another site can POST without a CORS preflight, so
 * accepting them would let such a page log in or register in a visitor's browser. An `onRequest`
 * hook, so that it applies to every method (a GET with a form body too), before any parsing.
 */
export function jsonBodiesOnly(
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const { headers } = request;
  const hasBody =
    headers['transfer-encoding'] !== undefined || Number(headers['content-length']) > 0;
  if (!hasBody || JSON_MEDIA_TYPE.test(headers['content-type'] ?? '')) return done();
  const status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
  void reply.status(status).send(errorBody(status, JSON_BODIES_ONLY, request.originalUrl));
}

export const JSON_BODIES_ONLY = 'request body must be JSON (Content-Type: application/json)';
