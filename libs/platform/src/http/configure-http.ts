import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpStatus, ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { errorBody } from '../errors/error-body.js';
import { createOpenApiDocument, type OpenApiHead } from './openapi-document.js';
import { accessLog, requestContext } from './access-log.js';
import { refuseDeepJson } from './json-depth.js';
import { jsonBodiesOnly } from './json-only.js';
import { ForbiddenKeyError, refusePrototypeKeys, refusePrototypeQuery } from './prototype-keys.js';
import { useSecurityHeaders } from './security-headers.js';
import { limitClients, type ClientLimits } from './slow-clients.js';

export interface HttpEdgeOptions extends OpenApiHead {
  bodyLimit: string;
  accessLog: boolean;
  clientLimits: ClientLimits;
  corsOrigins?: string;
  /** Express's `trust proxy`: hops or addresses whose X-Forwarded-For is believed. */
  trustProxy?: string;
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

/**
 * What every HTTP edge (the monolith, the gateway) shares: validation, the error format for
 * errors raised before Nest sees the request (a body too large, malformed JSON; AllExceptionsFilter
 * covers the rest), the body size limit, limits on slow and oversized requests, security headers
 * and CORS, and the Swagger UI at /docs with its OpenAPI JSON at /docs-json (unless off).
 */
export function configureHttpEdge(app: NestExpressApplication, options: HttpEdgeOptions): void {
  limitClients(app.getHttpServer(), options.clientLimits);
  useSecurityHeaders(app, options.corsOrigins);
  if (options.trustProxy)
    app.set(
      'trust proxy',
      /^\d+$/.test(options.trustProxy) ? Number(options.trustProxy) : options.trustProxy,
    );
  // Nest keeps `verify` for rawBody (off here), so the depth check can take it; it keeps the
  // bytes as `req.rawBody` itself, for the routes that verify a signature over them (webhooks).
  const verify = (
    req: IncomingMessage & { rawBody?: Buffer },
    res: ServerResponse,
    body: Buffer,
  ) => {
    refuseDeepJson(req, res, body);
    req.rawBody = body;
  };
  const json = { limit: options.bodyLimit, verify, reviver: refusePrototypeKeys };
  app.use(requestContext());
  if (options.accessLog) app.use(accessLog());
  app.useBodyParser('json', json);
  app.use(jsonBodiesOnly, refusePrototypeQuery);
  app.useGlobalPipes(validationPipe());
  app.use(bodyParserErrors);
  app.disable('x-powered-by');
  if (options.swagger) setUpSwagger(app, options);
}

/** body-parser fails before routing: answer its errors in the one error format too. */
function bodyParserErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number; limit?: number; message?: string };
  if (!e || typeof e.status !== 'number' || !e.type) return next(err);
  const message =
    err instanceof ForbiddenKeyError
      ? err.message
      : e.type === 'entity.too.large'
        ? `request body is larger than the limit of ${e.limit} bytes`
        : e.type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : (e.message ?? 'bad request body');
  const status = e.status >= 400 && e.status < 500 ? e.status : HttpStatus.BAD_REQUEST;
  res.status(status).json(errorBody(status, message, req.originalUrl));
}

function setUpSwagger(app: INestApplication, options: HttpEdgeOptions): void {
  const document = createOpenApiDocument(app, options);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
