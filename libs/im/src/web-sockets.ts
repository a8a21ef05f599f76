import type { INestApplication } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';

/**
 * Serves the app's WebSocket gateways (the IM's /im) on its own HTTP server with the ws
 * adapter: the server Nest's HTTP adapter made, Express or Fastify alike. Call before init.
 */
export function serveWebSockets(app: INestApplication): void {
  app.useWebSocketAdapter(new WsAdapter(app));
}
