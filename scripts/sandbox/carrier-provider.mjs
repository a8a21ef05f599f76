#!/usr/bin/env node
// A sandbox carrier (`npm run sandbox:carrier`): shipments and their tracking, for development
// and the e2e tests (docs/thirdparty.md). Nothing leaves the machine; state is in memory.
//   POST /shipments {reference, recipient, mobile, address, notify_url} + Idempotency-Key
//     -> {tracking_number, carrier, status: "CREATED"} (a repeated key answers the first one)
//   GET /shipments/:tracking_number -> the shipment and its events (the query API)
//   POST /admin/shipments/:tracking_number/events {status, note}: the parcel moves (IN_TRANSIT,
//     OUT_FOR_DELIVERY, DELIVERED, EXCEPTION); the carrier then POSTs the event to notify_url,
//     signed `Carrier-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with
//     CARRIER_WEBHOOK_SECRET, retried with backoff until the merchant answers 2xx.
//   POST /admin/shipments/:tracking_number/redeliver/:event_id: the same event sent again (a replay).
//   GET /admin/deliveries: every webhook attempt and its answer.
//   PUT /admin/behaviour, GET /admin/stats: provider-api.mjs.
//   CARRIER_SANDBOX_PORT (4040); 0 picks a free port.
import { createHmac, randomBytes } from 'node:crypto';
import { announce, send, serveProvider } from './provider-api.mjs';

// The shop's development default (CARRIER_WEBHOOK_SECRET in .env.example) unless told otherwise.
const secret = process.env.CARRIER_WEBHOOK_SECRET ?? 'sandbox-carrier-webhook-secret';
if (!secret || secret.length < 16) {
  console.error('CARRIER_WEBHOOK_SECRET: at least 16 characters');
  process.exit(2);
}
const CARRIER = process.env.CARRIER_NAME ?? 'sandbox-express';
const STATUSES = new Set(['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION']);
const retryBaseMs = Number(process.env.CARRIER_RETRY_BASE_MS ?? 300);
const maxAttempts = Number(process.env.CARRIER_MAX_ATTEMPTS ?? 8);

const shipments = new Map();
const byKey = new Map();
const deliveries = [];

const view = (s) => ({
  tracking_number: s.trackingNumber,
  carrier: CARRIER,
  reference: s.reference,
  status: s.status,
  events: s.events,
  created_at: s.createdAt,
});

function sign(body) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

async function deliver(shipment, event, attempt = 1) {
  const body = JSON.stringify({
    event_id: event.event_id,
    carrier: CARRIER,
    tracking_number: shipment.trackingNumber,
    reference: shipment.reference,
    status: event.status,
    note: event.note,
    occurred_at: event.occurred_at,
  });
  let answer;
  try {
    const res = await fetch(shipment.notifyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'carrier-signature': sign(body) },
      body,
      signal: AbortSignal.timeout(5000),
    });
    answer = res.status;
  } catch (error) {
    answer = String(error?.message ?? error);
  }
  deliveries.push({
    tracking_number: shipment.trackingNumber,
    event_id: event.event_id,
    attempt,
    answer,
  });
  const ok = typeof answer === 'number' && answer >= 200 && answer < 300;
  if (!ok && attempt < maxAttempts)
    setTimeout(
      () => void deliver(shipment, event, attempt + 1),
      retryBaseMs * 2 ** (attempt - 1),
    ).unref();
}

const server = await serveProvider(
  Number(process.env.CARRIER_SANDBOX_PORT ?? 4040),
  async (req, res, url, body) => {
    if (req.method === 'POST' && url.pathname === '/shipments') {
      for (const field of ['reference', 'recipient', 'address', 'notify_url'])
        if (typeof body[field] !== 'string' || !body[field]) {
          send(res, 400, { message: `${field} is a required string` });
          return true;
        }
      const key = req.headers['idempotency-key'];
      const known = key && byKey.get(String(key));
      if (known) {
        send(res, 200, view(known));
        return true;
      }
      const shipment = {
        trackingNumber: `SX${Date.now().toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`,
        reference: body.reference,
        notifyUrl: body.notify_url,
        status: 'CREATED',
        events: [],
        createdAt: new Date().toISOString(),
      };
      shipments.set(shipment.trackingNumber, shipment);
      if (key) byKey.set(String(key), shipment);
      send(res, 201, view(shipment));
      return true;
    }
    const match = /^\/shipments\/([A-Z0-9]+)$/.exec(url.pathname);
    if (req.method === 'GET' && match) {
      const shipment = shipments.get(match[1]);
      if (!shipment) send(res, 404, { message: `no shipment ${match[1]}` });
      else send(res, 200, view(shipment));
      return true;
    }
    return false;
  },
  async (req, res, url, body) => {
    if (req.method === 'GET' && url.pathname === '/admin/deliveries') {
      send(res, 200, deliveries);
      return true;
    }
    const move = /^\/admin\/shipments\/([A-Z0-9]+)\/events$/.exec(url.pathname);
    if (req.method === 'POST' && move) {
      const shipment = shipments.get(move[1]);
      if (!shipment) return (send(res, 404, { message: `no shipment ${move[1]}` }), true);
      if (!STATUSES.has(body.status))
        return (send(res, 400, { message: `status: one of ${[...STATUSES].join(', ')}` }), true);
      const event = {
        event_id: `trk_${randomBytes(8).toString('hex')}`,
        status: body.status,
        note: typeof body.note === 'string' ? body.note : null,
        occurred_at: new Date().toISOString(),
      };
      shipment.status = body.status;
      shipment.events.push(event);
      void deliver(shipment, event);
      send(res, 201, event);
      return true;
    }
    const again = /^\/admin\/shipments\/([A-Z0-9]+)\/redeliver\/([a-z0-9_]+)$/.exec(url.pathname);
    if (req.method === 'POST' && again) {
      const shipment = shipments.get(again[1]);
      const event = shipment?.events.find((e) => e.event_id === again[2]);
      if (!event) return (send(res, 404, { message: 'no such event' }), true);
      void deliver(shipment, event);
      send(res, 202, event);
      return true;
    }
    return false;
  },
);
announce(server);
