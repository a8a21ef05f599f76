import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.js';

/**
 * Counts and times every HTTP request by method, route template (/orders/:id, never the id
 * itself; "unmatched" for a path no route has) and status class, when its answer is sent.
 */
export function httpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
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
  fastify.addHook('onResponse', (request, reply, done) => {
    // The template Fastify matched (/orders/:id); none for a path no route has.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });
}
