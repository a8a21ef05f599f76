import { performance } from 'node:perf_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Metrics } from './metrics.js';

/**
 * Counts and times every HTTP request by method, route template (/orders/:id, never the id
 * itself; "unmatched" for a path no route has) and status class, when its answer is sent.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  const requests = metrics.counter({
    name: 'nestmall_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'],
  });
  const duration = metrics.histogram({
    name: 'nestmall_http_request_duration_seconds',
    help: 'HTTP request duration until the answer was sent, by method and route template',
    labelNames: ['method', 'route'],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.once('finish', () => {
      const route = routeOf(req);
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
      duration.observe({ method: req.method, route }, (performance.now() - started) / 1000);
    });
    next();
  };
}

/** Express sets req.route once a route matched: its path is the template Nest registered. */
function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : 'unmatched';
}
