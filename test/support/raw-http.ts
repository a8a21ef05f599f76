import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

/** The base URL of a shop's HTTP edge: a URL already, or an in-process server made to listen. */
export async function baseUrlOf(http: string | object): Promise<string> {
  if (typeof http === 'string') return http;
  const server = http as Server;
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export interface RawAnswer {
  status: number;
  body: string;
  /** ms from the first byte sent until the server closed the connection */
  closedAfterMs: number;
}

/**
 * Sends `head` and then `trickle` one byte every `everyMs` over a plain socket, as a slow or
 * malicious client would, and collects what the server answers until it closes the connection.
 */
export function rawRequest(
  url: string,
  head: string,
  trickle = '',
  everyMs = 200,
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < trickle.length && socket.writable) socket.write(trickle[sent++]);
    }, everyMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (clearInterval(timer), reject(error)));
    socket.on('close', () => {
      clearInterval(timer);
      const text = Buffer.concat(chunks).toString();
      const [headers, ...rest] = text.split('\r\n\r\n');
      resolve({
        status: Number(headers.split(' ')[1]),
        body: rest.join('\r\n\r\n'),
        closedAfterMs: Date.now() - started,
      });
    });
    socket.write(head);
  });
}

/**
 * POSTs a JSON body of `bytes` bytes over a plain socket and collects the answer until the server
 * closes the connection. A server that refuses a body too large answers 413 and closes without
 * reading the rest: a client still writing then sees EPIPE or ECONNRESET (supertest failed the
 * test on it now and then, CI 2026-11-30), which here only ends the writing.
 */
export function postOversized(url: string, path: string, bytes: number): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const body = `{"user_name":"${'x'.repeat(Math.max(0, bytes - 16))}"}`;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server stopped reading: its answer, if any, arrived before.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString();
      const [headers, ...rest] = text.split('\r\n\r\n');
      if (!headers) return reject(new Error(`no answer from ${url}${path}`));
      resolve({
        status: Number(headers.split(' ')[1]),
        body: rest.join('\r\n\r\n'),
        closedAfterMs: Date.now() - started,
      });
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.end(body);
  });
}
