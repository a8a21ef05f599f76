#!/usr/bin/env node
// A sandbox SMS provider for development and tests (`npm run sandbox:sms`): the API the
// HttpSmsSender speaks, POST /messages {to, text} with an Idempotency-Key header (a repeated
// key answers the first message again and sends nothing), and the shared listing API
// (http-api.mjs) for tests to read what was "sent". Nothing leaves the machine.
//   SMS_SANDBOX_PORT (4030); 0 picks a free port. Prints its port as one JSON line on stdout.
import { randomUUID } from 'node:crypto';
import { hold, Inbox, readJson, send, serveApi } from './http-api.mjs';

const inbox = new Inbox();
const server = await serveApi(
  inbox,
  Number(process.env.SMS_SANDBOX_PORT ?? 4030),
  async (req, res, url) => {
    if (req.method !== 'POST' || url.pathname !== '/messages') return false;
    const body = await readJson(req);
    if (typeof body.to !== 'string' || typeof body.text !== 'string' || !body.to || !body.text) {
      send(res, 400, { message: 'to and text are required strings' });
      return true;
    }
    const key = req.headers['idempotency-key'] || randomUUID();
    const kept = inbox.accept(String(key), { id: randomUUID(), to: body.to, text: body.text });
    await hold(inbox);
    send(res, 200, { id: kept.id, status: 'sent' });
    return true;
  },
);
console.log(JSON.stringify({ http: server.address().port }));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
