import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a connection answered before its body was read may go on sending before it is cut. */
const LINGER_MS = 2_000;

/**
 * Lingering close (nginx's `lingering_close`). An answer sent before the request's body was read
 * (a 413 for a body over the limit) closes the connection, and closing a socket with unread bytes
 * makes the kernel send a reset, which can discard the answer before the client has read it: the
 * client sees EPIPE or ECONNRESET and no 413 (now and then through the gateway, CI 2026-12-01).
 * Such a socket is half-closed instead once the answer is written: the rest of the body is read
 * and dropped, and the socket closed when the client is done, or LINGER_MS later.
 */
export function lingerIfBodyUnread(
  request: FastifyRequest,
  _reply: FastifyReply,
  payload: unknown,
  done: (error: null, payload: unknown) => void,
): void {
  if (!request.raw.complete) linger(request.raw.socket);
  done(null, payload);
}

function linger(socket: Socket): void {
  // Node's HTTP server calls destroySoon() after a `Connection: close` answer is written.
  socket.destroySoon = () => {
    socket.end();
    socket.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}
