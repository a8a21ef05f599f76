// Baseline of rest-read: a bare node:http server answering GET /users/:id with the same JSON
// the monolith answers, from memory (argv[2]: a JSON file {"<id>": "<body>"}, taken from the
// monolith at the start of the benchmark). Prints {"ready":true,"port":N} when it listens.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], 'utf8'))).map(([id, body]) => [
    id,
    Buffer.from(body),
  ]),
);
const notFound = Buffer.from('{"status":404,"error":"Not Found"}');

const server = createServer((request, response) => {
  const match = request.method === 'GET' && /^\/users\/(\d+)$/.exec(request.url ?? '');
  const body = match ? bodies.get(match[1]) : undefined;
  response.writeHead(body ? 200 : 404, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': (body ?? notFound).length,
  });
  response.end(body ?? notFound);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, port: server.address().port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
