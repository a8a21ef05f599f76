import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The security scheme of the admin routes (X-Admin-Token): a lock in Swagger UI's Authorize dialog. */
export const ADMIN_TOKEN_SECURITY = 'admin-token';
/** The security scheme of the back-office routes: a staff access token of POST /admin/auth/login. */
export const STAFF_BEARER_SECURITY = 'staff-bearer';

/**
 * The security scheme of payment providers' webhooks: no user, the provider's HMAC signature of
 * the notification authenticates it (in this header, or in the body for a wallet-style provider).
 */
export const PROVIDER_SIGNATURE_SECURITY = 'provider-signature';
/** The security scheme of the routes that need an access token (`@ApiBearerAuth()`'s default name). */
const BEARER_SECURITY = 'bearer';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OpenApiHead {
  title: string;
  description: string;
  version: string;
}

/** The document's head, the same for every REST edge (monolith and gateway). */
export const SHOP_API_HEAD: OpenApiHead = {
  title: 'nestmall',
  description:
    'The nestmall shop. The same routes, bodies and errors whether served by the monolith or by ' +
    'the gateway in front of the services. Every error answer has the ErrorBody format.',
  version: '0.1.0',
};

/**
 * The OpenAPI document of a REST edge. The same for the monolith and the gateway: the server is
 * relative ('/'), so Swagger UI's Try it out calls whichever process served the page.
 */
export function createOpenApiDocument(app: INestApplication, head: OpenApiHead): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(head.title)
    .setDescription(head.description)
    .setVersion(head.version)
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'this shop: the monolith, or the gateway of the split topology')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'the access_token of POST /auth/login',
      },
      BEARER_SECURITY,
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'a staff access token: the access_token of POST /admin/auth/login (a buyer token is refused)',
      },
      STAFF_BEARER_SECURITY,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Admin-Token',
        description: "the shop's ADMIN_TOKEN setting (admin routes are off while it is unset)",
      },
      ADMIN_TOKEN_SECURITY,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'Sandbox-Signature',
        description:
          "a payment provider's HMAC-SHA256 signature of its notification (docs/payments.md); " +
          'a wallet-style provider signs in the body instead',
      },
      PROVIDER_SIGNATURE_SECURITY,
    )
    .build();
  return documentEdgeErrors(markPublicOperations(SwaggerModule.createDocument(app, config)));
}

/**
 * An operation that declares no security scheme is public: say so with `security: []`, so that
 * readers (and linters) need not guess whether a requirement was forgotten. A guarded route that
 * forgot its scheme would be listed as public here: test/openapi-document.suite.ts calls every
 * operation without credentials and expects 401 exactly where a scheme is declared.
 */
function markPublicOperations(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation && !operation.security?.length) operation.security = [];
    }
  }
  return document;
}

/**
 * What the HTTP edge itself may answer on any route, before a controller runs
 * (libs/platform/src/http/slow-clients.ts): 408 for a client too slow with its headers or body,
 * 431 for headers or a URL over 16 kB. Both in the ErrorBody format.
 */
const EDGE_ERRORS = {
  '408': 'The client took longer than HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS',
  '431': 'Request headers or URL over 16 kB',
} as const;

function documentEdgeErrors(document: OpenAPIObject): OpenAPIObject {
  const schema = { $ref: '#/components/schemas/ErrorBody' };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const [status, description] of Object.entries(EDGE_ERRORS))
        operation.responses[status] ??= {
          description,
          content: { 'application/json': { schema } },
        };
    }
  }
  return document;
}
