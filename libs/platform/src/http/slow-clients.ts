import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody } from '../errors/error-body.js';

export interface ClientLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

/** How often node looks for requests past their timeout (its default, 30 s, lets one linger). */
const CHECK_EVERY_MS = 1000;
/** How long a refused client may go on sending before its connection is dropped. */
const DRAIN_MS = 5000;

/**
 * Node's own limits on the wire, answered in the one error format rather than node's bare
 * status lines: a client sending its headers (HTTP_HEADERS_TIMEOUT_MS) or its whole request
 * (HTTP_REQUEST_TIMEOUT_MS) too slowly gets 408, headers or a URL over node's 16 kB get 431,
 * anything the HTTP parser refuses gets 400. Must run before the server listens.
 */
export function limitClients(server: Server, limits: ClientLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  // A createServer option that node only reads when the server starts listening (Nest made
  // the server already); absent from @types/node.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval =
    CHECK_EVERY_MS;
  // Instead of Fastify's own answer (a bare JSON of another shape).
  server.removeAllListeners('clientError');
  server.on('clientError', answerClientError);
}

/** A socket as node's HTTP server keeps it: the response in progress on it, if any. */
type ServerSocket = Socket & { _httpMessage?: { headersSent?: boolean } | null };

function answerClientError(error: NodeJS.ErrnoException, socket: ServerSocket): void {
  // Once a response is under way on it, the only safe thing is to hang up. (Not "anything was
  // ever written": a kept-alive connection has carried earlier responses, and the client waits
  // for this one. Node's own clientError handler asks the same question.)
  if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'request headers or URL are larger than the limit of 16 kB']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request took too long to arrive']
        : [400, 'malformed HTTP request'];
  const body = JSON.stringify(errorBody(status, message, requestPath(error)));
  socket.end(
    `HTTP/1.1 ${status} ${errorBody(status, '', '').error}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  // Read what the client is still sending (the rest of a 100 kB URL): closing a socket with
  // unread data makes the kernel answer with a reset, and the client never sees the 431.
  socket.on('data', () => undefined).resume();
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}

/** The path of the request line the parser refused, at most 200 characters of it. */
function requestPath(error: Error & { rawPacket?: Buffer }): string {
  const line = error.rawPacket?.subarray(0, 300).toString('latin1').split('\r\n')[0] ?? '';
  const target = line.split(' ')[1] ?? '';
  return target.startsWith('/') ? target.slice(0, 200) : '';
}
