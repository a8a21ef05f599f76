import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { limitClients } from './slow-clients.js';

/** Raw HTTP/1.1 over one connection: what a kept-alive client (undici, a browser) does. */
function exchange(port: number, requests: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let next = 0;
    const send = () => socket.write(requests[next++]);
    socket.on('connect', send);
    socket.on('data', (d) => {
      answer += d.toString('latin1');
      // The first answer is complete: send the next request on the same connection.
      if (next < requests.length && answer.includes('\r\n\r\nok')) send();
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('limitClients', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('content-length', '2');
      res.end('ok');
    });
    limitClients(server, { headersTimeoutMs: 5000, requestTimeoutMs: 10_000 });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const big = `GET /users/1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;

  it('answers headers over 16 kB with 431 in the error format', async () => {
    const answer = await exchange(port, [big]);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('"status":431');
  });

  it('answers 431 on a kept-alive connection that already carried a response', async () => {
    const first = 'GET /users/1 HTTP/1.1\r\nHost: x\r\n\r\n';
    const answer = await exchange(port, [first, big]);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/HTTP\/1\.1 431 [\s\S]*"status":431/);
  });

  it('answers a malformed request line with 400', async () => {
    const answer = await exchange(port, ['NOT HTTP AT ALL\r\n\r\n']);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });
});
