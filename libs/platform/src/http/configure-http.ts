import { AsyncResource } from 'node:async_hooks';
import { BadRequestException, ValidationPipe, type INestApplication } from '@nestjs/common';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { inRequestContext, requestContextOf } from '../logging/request-context.js';
import { createOpenApiDocument, type OpenApiHead } from './openapi-document.js';
import { accessLog } from './access-log.js';
import { JsonTooDeepError, refuseDeepJson } from './json-depth.js';
import { jsonBodiesOnly } from './json-only.js';
import { lingerIfBodyUnread } from './lingering-close.js';
import { ForbiddenKeyError, refusePrototypeKeys, refusePrototypeQuery } from './prototype-keys.js';
import { useSecurityHeaders } from './security-headers.js';
import { limitClients, type ClientLimits } from './slow-clients.js';

export interface HttpEdgeOptions extends OpenApiHead {
  bodyLimit: string;
  accessLog: boolean;
  clientLimits: ClientLimits;
  corsOrigins?: string;
  /** Serve the Swagger UI at /docs and the OpenAPI JSON at /docs-json. */
  swagger: boolean;
}

/** Validation at the edge: unknown fields are refused, and query/param strings become typed DTOs. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
  });
}

type FastifyOptions = NonNullable<ConstructorParameters<typeof FastifyAdapter>[0]>;

/**
 * What Fastify takes when it is made: the body limit (HTTP_BODY_LIMIT, which the 413 answer
 * quotes), the proxies whose X-Forwarded-For is believed (TRUST_PROXY: hops, or loopback /
 * CIDRs, as proxy-addr reads them), and routing as lenient as Express's was: a trailing slash
 * and letter case do not matter, and a path parameter may be as long as a URL may be (16 kB:
 * past that node answers 431), so that a long id is refused by validation (400), not routing.
 */
export function edgeAdapterOptions(edge: { bodyLimit: string; trustProxy?: string }) {
  const hops = Number(edge.trustProxy);
  // A number of hops as Express counted them: the nearest `hops` addresses are proxies.
  const trustProxy = !edge.trustProxy
    ? false
    : /^\d+$/.test(edge.trustProxy)
      ? (_address: string, hop: number) => hop < hops
      : edge.trustProxy;
  return {
    bodyLimit: bytesOf(edge.bodyLimit),
    trustProxy,
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 16 * 1024 },
    // A request that arrives on an open connection while the server closes (SIGTERM) is served
    // like the ones in flight (its answer says Connection: close), not refused with Fastify's
    // own 503 body, which is not the error format and which a burst of orders met during a
    // graceful stop (CI 2026-12-01). The close still waits for it; the app is whole until then.
    return503OnClosing: false,
  } satisfies FastifyOptions;
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** A size as HTTP_BODY_LIMIT spells it (100kb, 1mb: 1024-based, as body-parser read it) in bytes. */
export function bytesOf(size: string): number {
  const [, count, unit] = /^(\d+)(b|kb|mb)$/i.exec(size) ?? [];
  if (!count) throw new Error(`not a size: ${size}`);
  return Number(count) * UNITS[unit.toLowerCase()];
}

/**
 * What every HTTP edge (the monolith, the gateway) shares: validation, the error format for
 * errors raised before Nest sees the request (a body too large, malformed or too deep JSON, a
 * body that is not JSON; AllExceptionsFilter answers them, and everything else), limits on slow
 * and oversized requests, security headers and CORS, and the Swagger UI at /docs with its
 * OpenAPI JSON at /docs-json (unless off).
 */
export function configureHttpEdge(app: NestFastifyApplication, options: HttpEdgeOptions): void {
  const fastify: FastifyInstance = app.getHttpAdapter().getInstance();
  limitClients(app.getHttpServer(), options.clientLimits);
  useSecurityHeaders(app, options.corsOrigins);
  serveInRequestContext(fastify);
  if (options.accessLog) fastify.addHook('onRequest', accessLog());
  fastify.addHook('onRequest', jsonBodiesOnly);
  fastify.addHook('onSend', lingerIfBodyUnread);
  fastify.addHook('onRequest', refusePrototypeQuery);
  parseJsonBodies(fastify);
  app.useGlobalPipes(validationPipe());
  if (options.swagger) setUpSwagger(app, options);
}

const CONTEXT = Symbol('nestmall.requestContext');

/**
 * Serves each request inside its RequestContext (request id, trace id), so that every log line
 * written for it carries them (LOG_FORMAT=json). Fastify runs the handler from the request
 * stream's `end` event when there is a body, in the stream's async context: the context is
 * entered again before validation (what @fastify/request-context does).
 */
function serveInRequestContext(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const context = requestContextOf(request.headers['x-request-id'], request.headers.traceparent);
    inRequestContext(context, () => {
      const resource = new AsyncResource('nestmall.request');
      (request as FastifyRequest & { [CONTEXT]?: AsyncResource })[CONTEXT] = resource;
      resource.runInAsyncScope(done);
    });
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const resource = (request as FastifyRequest & { [CONTEXT]?: AsyncResource })[CONTEXT];
    if (resource) resource.runInAsyncScope(done);
    else done();
  });
}

/**
 * The one body parser: JSON only (json-only.ts refuses anything else with 415), at most the
 * body limit (413), scanned for depth before JSON.parse recurses into it (400), `__proto__`,
 * `constructor` and `prototype` refused as keys (400); the bytes are kept as `request.rawBody`
 * for the routes that verify a signature over them (webhooks). An empty body is `{}`.
 */
function parseJsonBodies(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (request: FastifyRequest & { rawBody?: Buffer }, body: Buffer, done) => {
      try {
        refuseDeepJson(body);
        request.rawBody = body;
        done(null, body.length === 0 ? {} : JSON.parse(body.toString('utf8'), refusePrototypeKeys));
      } catch (error) {
        done(
          new BadRequestException(
            error instanceof ForbiddenKeyError || error instanceof JsonTooDeepError
              ? error.message
              : 'request body is not valid JSON',
          ),
        );
      }
    },
  );
}

function setUpSwagger(app: INestApplication, options: HttpEdgeOptions): void {
  const document = createOpenApiDocument(app, options);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
