// The small HTTP API both sandboxes share: GET /messages[?to=] lists what arrived (oldest
// first), GET /stats counts arrivals and de-duplicated repeats, DELETE /messages forgets them,
// PUT /hold {"ms": n} makes the next acknowledgements wait n ms (tests kill a sender meanwhile).
import { createServer } from 'node:http';

export class Inbox {
  messages = [];
  byKey = new Map();
  duplicates = 0;
  holdMs = 0;

  /** Keeps `message` unless its idempotency key arrived before; returns the kept one. */
  accept(key, message) {
    const first = this.byKey.get(key);
    if (first) {
      this.duplicates++;
      return first;
    }
    const kept = { ...message, idempotency_key: key, received_at: new Date().toISOString() };
    this.byKey.set(key, kept);
    this.messages.push(kept);
    return kept;
  }
}

export async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Serves the API of `inbox`; `extra(req, res, url)` handles other routes (true when it did). */
export function serveApi(inbox, port, extra = async () => false) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      if (await extra(req, res, url)) return;
      if (req.method === 'GET' && url.pathname === '/messages') {
        const to = url.searchParams.get('to');
        return send(res, 200, to ? inbox.messages.filter((m) => m.to === to) : inbox.messages);
      }
      if (req.method === 'DELETE' && url.pathname === '/messages') {
        inbox.messages.length = 0;
        inbox.byKey.clear();
        inbox.duplicates = 0;
        return send(res, 204, {});
      }
      if (req.method === 'GET' && url.pathname === '/stats')
        return send(res, 200, { received: inbox.messages.length, duplicates: inbox.duplicates });
      if (req.method === 'PUT' && url.pathname === '/hold') {
        const { ms } = await readJson(req);
        inbox.holdMs = Number.isInteger(ms) && ms >= 0 ? ms : 0;
        return send(res, 200, { hold_ms: inbox.holdMs });
      }
      send(res, 404, { message: `no route ${req.method} ${url.pathname}` });
    } catch (error) {
      send(res, 400, { message: String(error?.message ?? error) });
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export const hold = (inbox) => new Promise((r) => setTimeout(r, inbox.holdMs));
