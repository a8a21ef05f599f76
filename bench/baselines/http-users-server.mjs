// Baseline of rest-read: a bare node:http server answering GET /users/:id with the same JSON
// the monolith answers, from memory (argv[2]: a JSON file {"<id>": "<body>"}, taken from the
// monolith at the start of the benchmark). Prints {"ready":true,"port":N} when it listens.
// WORKERS=N (N > 1): N processes under node:cluster sharing the port, as the monolith runs with
// WEB_CONCURRENCY=N, so that both sides of the ratio have the same number of processes.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const workers = Number(process.env.WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  // A free port first: every worker listens on it (listen(0) in workers would not say which).
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => probe.once('listening', r));
  const port = probe.address().port;
  await new Promise((r) => probe.close(r));
  let listening = 0;
  for (let i = 0; i < workers; i++) {
    const worker = cluster.fork({ PORT: String(port) });
    worker.once('listening', () => {
      if (++listening === workers) console.log(JSON.stringify({ ready: true, port, workers }));
    });
  }
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  });
} else {
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
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    if (cluster.isPrimary)
      console.log(JSON.stringify({ ready: true, port: server.address().port }));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
