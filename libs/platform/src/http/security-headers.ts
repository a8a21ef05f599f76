import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * helmet 8's headers (nosniff, frame-ancestors, HSTS, a strict CSP, ...) from Nest's own
 * `useSecurityHeaders()`: the same headers and defaults as helmet, set by Fastify's first hook
 * (on 404s and errors too) rather than through middleware. The CSP keeps
 * helmet's defaults, which the Swagger UI at /docs lives with: its scripts and styles come from
 * /docs itself and its icons are data: URLs; only its inline <style> needs style-src
 * 'unsafe-inline', which helmet allows. upgrade-insecure-requests is dropped: it would send the
 * UI's own assets to https:// on a shop served over plain HTTP (TLS is the proxy's job here).
 */
export function useSecurityHeaders(app: NestFastifyApplication, corsOrigins?: string): void {
  app.useSecurityHeaders({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  // Closed by default: without CORS_ORIGINS no Access-Control-* header is ever sent.
  const origins = (corsOrigins ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length) {
    app.enableCors({
      origin: origins,
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key'],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    });
  }
}
