import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Query parameters whose values never reach a log line (access_token, password, api_key, code...). */
const SECRET_PARAMETER = /token|password|passwd|secret|key|code|auth|signature/i;

/** A caller's X-Request-Id is kept when it is short and plain, else replaced (no log injection). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** The request id of a request: the caller's X-Request-Id if sane, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
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
    const id = requestIdOf(req.headers['x-request-id']);
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
