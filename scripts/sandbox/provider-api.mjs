// What the third-party sandboxes (carrier, identity, moderation) share: the behaviour a test can
// set through an admin endpoint, and a small JSON HTTP server.
//   PUT /admin/behaviour {"mode": "ok" | "fail" | "timeout" | "slow", "delay_ms": n}
//     ok: answer at once; fail: 503 to every API call; timeout: never answer (the caller's
//     timeout fires); slow: answer after delay_ms (default 1500).
//   GET /admin/stats -> {"calls": n, "failed": n} (API calls only, not admin ones)
// Routes under /admin/ are not subject to the behaviour.
import { createServer } from 'node:http';

export async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return { text, body: JSON.parse(text || '{}') };
}

export function send(res, status, body) {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const MODES = new Set(['ok', 'fail', 'timeout', 'slow']);

/**
 * Serves `api(req, res, url, body)` (true when it handled the route) behind the behaviour, and
 * `admin(req, res, url, body)` for the sandbox's own /admin/ routes. Resolves with the server.
 */
export function serveProvider(port, api, admin = async () => false) {
  const behaviour = { mode: 'ok', delayMs: 1500 };
  const stats = { calls: 0, failed: 0 };
  const hanging = new Set();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      const { text, body } = await readJson(req);
      if (url.pathname.startsWith('/admin/')) {
        if (req.method === 'PUT' && url.pathname === '/admin/behaviour') {
          if (!MODES.has(body.mode))
            return send(res, 400, { message: 'mode: ok|fail|timeout|slow' });
          behaviour.mode = body.mode;
          behaviour.delayMs =
            Number.isInteger(body.delay_ms) && body.delay_ms >= 0 ? body.delay_ms : 1500;
          for (const r of hanging) r.destroy();
          hanging.clear();
          return send(res, 200, { mode: behaviour.mode, delay_ms: behaviour.delayMs });
        }
        if (req.method === 'GET' && url.pathname === '/admin/stats') return send(res, 200, stats);
        if (await admin(req, res, url, body, text)) return;
        return send(res, 404, { message: `no route ${req.method} ${url.pathname}` });
      }
      stats.calls++;
      if (behaviour.mode === 'fail') {
        stats.failed++;
        return send(res, 503, { message: 'sandbox told to fail' });
      }
      if (behaviour.mode === 'timeout') {
        hanging.add(res);
        res.once('close', () => hanging.delete(res));
        return;
      }
      if (behaviour.mode === 'slow') await new Promise((r) => setTimeout(r, behaviour.delayMs));
      if (await api(req, res, url, body, text)) return;
      send(res, 404, { message: `no route ${req.method} ${url.pathname}` });
    } catch (error) {
      send(res, 400, { message: String(error?.message ?? error) });
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Prints the port as one JSON line (test/support/sandboxes.ts reads it) and stops on signals. */
export function announce(server) {
  console.log(JSON.stringify({ http: server.address().port }));
  const stop = () => {
    server.closeAllConnections?.();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
