import { HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { errorBody } from '../errors/error-body.js';

/** Keys that reach an object's prototype machinery when code copies them around. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse's reviver: refuses `__proto__`, `constructor` and `prototype` as keys at any depth
 * (escaped spellings included: the reviver sees decoded keys), in the words forbidNonWhitelisted
 * uses for any other unknown field. class-transformer skips these keys, so the whitelist alone
 * never saw them.
 */
export function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (PROTOTYPE_KEYS.has(key)) throw new ForbiddenKeyError(key);
  return value;
}

export class ForbiddenKeyError extends Error {
  readonly status = 400;

  constructor(key: string) {
    super(`property ${key} should not exist`);
  }
}

/** The same for the query string (`?__proto__=1`), before a route sees it. */
export function refusePrototypeQuery(
  request: FastifyRequest,
  reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const url = request.originalUrl;
  const query = url.indexOf('?');
  if (query < 0) return done();
  for (const key of new URLSearchParams(url.slice(query + 1)).keys()) {
    if (PROTOTYPE_KEYS.has(key)) {
      const status = HttpStatus.BAD_REQUEST;
      void reply.status(status).send(errorBody(status, new ForbiddenKeyError(key).message, url));
      return;
    }
  }
  done();
}
