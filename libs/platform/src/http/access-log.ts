import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { currentRequest, requestIdOf } from '../logging/request-context.js';

/** Query parameters whose values never reach a log line (access_token, password, api_key, code...). */
const SECRET_PARAMETER = /token|password|passwd|secret|key|code|auth|signature/i;

export { requestIdOf };

/** The path and query of `url` with the value of every secret-looking parameter replaced by ***. */
export function redactQuery(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const entries = [...new URLSearchParams(url.slice(at + 1))].map(
    ([name, value]): [string, string] => [name, SECRET_PARAMETER.test(name) ? '***' : value],
  );
  return `${url.slice(0, at)}?${new URLSearchParams(entries).toString()}`;
}

/**
 * An `onRequest` hook: one line per HTTP request when its answer is sent (or the client goes away): method, path with
 * query secrets hidden, status, duration in ms and the request id, which the answer carries in
 * X-Request-Id so that a caller can quote it.
 */
export function accessLog(logger = new Logger('HTTP')) {
  return (request: FastifyRequest, reply: FastifyReply, next: HookHandlerDoneFunction) => {
    const started = performance.now();
    const id = currentRequest()?.requestId ?? requestIdOf(request.headers['x-request-id']);
    // On the node response: Fastify merges it into every answer, errors and 404s included.
    const res = reply.raw;
    res.setHeader('X-Request-Id', id);
    const done = () => {
      res.off('finish', done).off('close', done);
      const ms = (performance.now() - started).toFixed(1);
      const status = res.writableFinished ? res.statusCode : 'client-gone';
      logger.log(`${request.method} ${redactQuery(request.originalUrl)} ${status} ${ms}ms ${id}`);
    };
    res.on('finish', done).on('close', done);
    next();
  };
}
