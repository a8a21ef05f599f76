import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  currentRequest,
  inRequestContext,
  requestContextOf,
  requestIdOf,
} from '../logging/request-context.js';

/** Query parameters whose values never reach a log line (access_token, password, api_key, code...). */
const SECRET_PARAMETER = /token|password|passwd|secret|key|code|auth|signature/i;

export { requestIdOf };

/**
 * Serves each request inside its RequestContext (request id, trace id), so that every log line
 * written for it carries them (LOG_FORMAT=json). First of the edge's middleware.
 */
export function requestContext(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) =>
    inRequestContext(requestContextOf(req.headers['x-request-id'], req.headers.traceparent), next);
}

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
 * One line per HTTP request when its answer is sent (or the client goes away): method, path with
 * query secrets hidden, status, duration in ms and the request id, which the answer carries in
 * X-Request-Id so that a caller can quote it.
 */
export function accessLog(logger = new Logger('HTTP')): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const id = currentRequest()?.requestId ?? requestIdOf(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', id);
    const done = () => {
      res.off('finish', done).off('close', done);
      const ms = (performance.now() - started).toFixed(1);
      const status = res.writableFinished ? res.statusCode : 'client-gone';
      logger.log(`${req.method} ${redactQuery(req.originalUrl)} ${status} ${ms}ms ${id}`);
    };
    res.on('finish', done).on('close', done);
    next();
  };
}
