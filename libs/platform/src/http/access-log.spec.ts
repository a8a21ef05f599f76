import { jest } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import Fastify from 'fastify';
import { accessLog, redactQuery, requestIdOf } from './access-log.js';

describe('redactQuery', () => {
  it.each([
    ['/users?page_num=2', '/users?page_num=2'],
    ['/users', '/users'],
    ['/login?user=a&password=hunter2', '/login?user=a&password=***'],
    [
      '/x?access_token=abc&api_key=k&Client_Secret=s',
      '/x?access_token=***&api_key=***&Client_Secret=***',
    ],
    ['/cb?code=xyz&state=1&code=again', '/cb?code=***&state=1&code=***'],
    ['/x?AUTH=1&sig=2&signature=3', '/x?AUTH=***&sig=2&signature=***'],
  ])('%s -> %s', (url, shown) => {
    expect(redactQuery(url)).toBe(shown);
  });
});

describe('requestIdOf', () => {
  it('keeps a plain caller id', () => {
    expect(requestIdOf('req-42.a_b:c')).toBe('req-42.a_b:c');
  });

  it.each([['two words'], ['line\nbreak'], ['x'.repeat(129)], [''], [['a', 'b']], [undefined]])(
    'replaces %j with a new UUID',
    (header) => {
      expect(requestIdOf(header as string)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe('accessLog', () => {
  const lines: string[] = [];
  const logger = { log: jest.fn((line: string) => void lines.push(line)) } as unknown as Logger;
  const app = Fastify();
  app.addHook('onRequest', accessLog(logger));
  app.get('/users', async () => []);
  app.get('/missing', async (_request, reply) => reply.status(404).send({}));
  let base = '';
  // Over a real socket: the answer's `finish` is what the log waits for.
  beforeAll(async () => (base = await app.listen({ port: 0, host: '127.0.0.1' })));
  beforeEach(() => (lines.length = 0));
  afterAll(() => app.close());
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const answer = await fetch(`${base}${path}`, { headers });
    await answer.text();
    // The line is written when the answer is sent, which the client may see first.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return answer;
  };

  it('logs method, path without secrets, status, duration and request id, once', async () => {
    const answer = await get('/users?page_num=1&token=t0p', { 'x-request-id': 'abc-1' });
    expect(answer.headers.get('x-request-id')).toBe('abc-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/users\?page_num=1&token=\*\*\* 200 \d+\.\dms abc-1$/);
  });

  it('makes up a request id when the caller sends none, and answers with it', async () => {
    const answer = await get('/missing');
    const id = answer.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^GET /missing 404 .*ms ${id}$`))]);
  });
});
