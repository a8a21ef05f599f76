#!/usr/bin/env node
// A sandbox payment provider: a separate HTTP process that behaves like a real one, for
// development and the e2e tests (docs/payments.md). SANDBOX_STYLE=card speaks like a card
// processor (amounts in cents, a `Sandbox-Signature: t=..,v1=<hex>` header over `t.body`), and
// SANDBOX_STYLE=wallet like a wallet (amounts as "12.34", a base64 `sign` field over the sorted
// fields). Both: a checkout page the buyer approves or declines, notifications signed with
// HMAC-SHA256 (SANDBOX_WEBHOOK_SECRET) and retried with exponential backoff until the merchant
// answers 2xx, a query API, refunds, cancels and a list for reconciliation. State is in memory.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const style = process.env.SANDBOX_STYLE === 'wallet' ? 'wallet' : 'card';
const secret = process.env.SANDBOX_WEBHOOK_SECRET;
if (!secret || secret.length < 16) {
  console.error('SANDBOX_WEBHOOK_SECRET: at least 16 characters');
  process.exit(2);
}
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? (style === 'card' ? 4010 : 4020));
const retryBaseMs = Number(process.env.SANDBOX_RETRY_BASE_MS ?? 500);
const retryMaxMs = Number(process.env.SANDBOX_RETRY_MAX_MS ?? 30_000);
const maxAttempts = Number(process.env.SANDBOX_MAX_ATTEMPTS ?? 25);

/**
 * id -> { id, merchantRef, orderId, amountCents, currency, status, notifyUrl, createdAt, refunds }
 * (refunds: [{ id, merchantRefundId, amountCents, createdAt }], done at once)
 */
const payments = new Map();
const byMerchantRef = new Map();
/** Every delivery attempt, for tests: { payment, status, attempt, answer }. */
const deliveries = [];
/** Notifications of a payment go out one at a time, in order (a real provider does not promise it). */
const queues = new Map();

const cents = (yuan) => Math.round(Number(yuan) * 100);
const yuan = (c) => (c / 100).toFixed(2);

const refundedCents = (p) => p.refunds.reduce((sum, r) => sum + r.amountCents, 0);

function view(p) {
  if (style === 'card')
    return {
      id: p.id,
      merchant_reference: p.merchantRef,
      order_id: p.orderId,
      amount: p.amountCents,
      amount_refunded: refundedCents(p),
      refunds: p.refunds.map((r) => ({
        id: r.id,
        merchant_refund_id: r.merchantRefundId,
        amount: r.amountCents,
        status: 'succeeded',
        created: Math.floor(r.createdAt / 1000),
      })),
      currency: p.currency,
      status: p.status,
      checkout_url: p.checkoutUrl,
      created: Math.floor(p.createdAt / 1000),
    };
  const tradeStatus = {
    pending: 'WAIT_BUYER_PAY',
    succeeded: 'TRADE_SUCCESS',
    failed: 'TRADE_FAILED',
    cancelled: 'TRADE_CLOSED',
    refunded: 'TRADE_REFUNDED',
  };
  return {
    trade_no: p.id,
    out_trade_no: p.merchantRef,
    order_id: String(p.orderId),
    total_amount: yuan(p.amountCents),
    currency: p.currency,
    trade_status: tradeStatus[p.status],
    // Partial refunds leave the trade TRADE_SUCCESS; refund_details is a JSON string, so the
    // notification's key=value signature covers it.
    refund_fee: yuan(refundedCents(p)),
    refund_details: JSON.stringify(
      p.refunds.map((r) => ({
        out_request_no: r.merchantRefundId,
        refund_no: r.id,
        refund_amount: yuan(r.amountCents),
      })),
    ),
    pay_url: p.checkoutUrl,
    gmt_create: new Date(p.createdAt).toISOString(),
  };
}

const hmac = (data, encoding) => createHmac('sha256', secret).update(data).digest(encoding);

/** The notification's body and headers, signed as this style signs. */
function signedNotification(p, status) {
  const id = randomBytes(8).toString('hex');
  if (style === 'card') {
    const body = JSON.stringify({
      id: `evt_${id}`,
      type: `payment.${status}`,
      data: { ...view(p), status },
    });
    const t = Math.floor(Date.now() / 1000);
    return { body, headers: { 'sandbox-signature': `t=${t},v1=${hmac(`${t}.${body}`, 'hex')}` } };
  }
  const fields = {
    ...view({ ...p, status }),
    notify_id: id,
    notify_time: new Date().toISOString(),
  };
  delete fields.pay_url;
  const canonical = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
  const body = JSON.stringify({
    ...fields,
    sign_type: 'HMAC-SHA256',
    sign: hmac(canonical, 'base64'),
  });
  return { body, headers: {} };
}

/** Queues a notification of `status` for `p`; each attempt is signed afresh. */
function notify(p, status) {
  const previous = queues.get(p.id) ?? Promise.resolve();
  const next = previous.then(() => deliver(p, status));
  queues.set(p.id, next);
}

async function deliver(p, status) {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { body, headers } = signedNotification(p, status);
    let answer;
    try {
      const res = await fetch(p.notifyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      answer = res.status;
      await res.arrayBuffer();
    } catch (error) {
      answer = String(error?.cause?.code ?? error?.name ?? error);
    }
    deliveries.push({ payment: p.id, status, attempt, answer });
    if (typeof answer === 'number' && answer >= 200 && answer < 300) return;
    await new Promise((r) => setTimeout(r, Math.min(retryMaxMs, retryBaseMs * 2 ** (attempt - 1))));
  }
}

function setStatus(p, status) {
  p.status = status;
  notify(p, status);
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'content-type': type });
  res.end(type === 'application/json' ? JSON.stringify(body) : body);
}

function create(body, res) {
  const merchantRef = style === 'card' ? body.merchant_reference : body.out_trade_no;
  const amountCents = style === 'card' ? body.amount : cents(body.total_amount);
  const orderId = Number(body.order_id);
  if (
    typeof merchantRef !== 'string' ||
    !Number.isSafeInteger(amountCents) ||
    amountCents <= 0 ||
    !Number.isSafeInteger(orderId) ||
    typeof body.currency !== 'string' ||
    typeof body.notify_url !== 'string'
  )
    return send(res, 400, { error: 'merchant reference, order_id, amount, currency, notify_url' });
  const existing = payments.get(byMerchantRef.get(merchantRef));
  if (existing) return send(res, 200, view(existing));
  const id = `${style === 'card' ? 'pi' : 'T'}_${randomBytes(8).toString('hex')}`;
  const p = {
    id,
    merchantRef,
    orderId,
    amountCents,
    currency: body.currency,
    status: 'pending',
    notifyUrl: body.notify_url,
    checkoutUrl: `${publicUrl}/checkout/${id}`,
    createdAt: Date.now(),
    refunds: [],
  };
  payments.set(id, p);
  byMerchantRef.set(merchantRef, id);
  send(res, 201, view(p));
}

/**
 * A refund of some of a paid payment: `amount` cents (card) or `refund_amount` yuan (wallet),
 * none: all that is left; keyed by the merchant's refund id (`merchant_refund_id` / Alipay's
 * `out_request_no`; none: the payment's merchant reference), so the same id again refunds
 * nothing more. More than is left is refused (409). The payment is refunded once all is back,
 * and each refund is notified.
 */
function refund(p, body, res) {
  const refundId =
    (style === 'card' ? body.merchant_refund_id : body.out_request_no) ?? p.merchantRef;
  const existing = p.refunds.find((r) => r.merchantRefundId === refundId);
  if (existing) return send(res, 200, view(p));
  if (p.status !== 'succeeded') return send(res, 409, { error: `payment is ${p.status}` });
  const left = p.amountCents - refundedCents(p);
  const asked = style === 'card' ? body.amount : body.refund_amount;
  const amountCents =
    asked === undefined
      ? left
      : style === 'card'
        ? asked
        : /^\d{1,12}\.\d{2}$/.test(String(asked))
          ? cents(asked)
          : NaN;
  if (
    typeof refundId !== 'string' ||
    !refundId ||
    !Number.isSafeInteger(amountCents) ||
    amountCents <= 0
  )
    return send(res, 400, { error: 'refund id, amount' });
  if (amountCents > left)
    return send(res, 409, { error: `refund of ${amountCents} exceeds the ${left} left` });
  p.refunds.push({
    id: `${style === 'card' ? 're' : 'R'}_${randomBytes(8).toString('hex')}`,
    merchantRefundId: refundId,
    amountCents,
    createdAt: Date.now(),
  });
  setStatus(p, amountCents === left ? 'refunded' : p.status);
  send(res, 200, view(p));
}

function checkoutPage(p) {
  return `<!doctype html><html><head><title>Sandbox ${style} checkout</title></head><body>
<h1>Sandbox ${style} provider</h1><p>Order ${p.orderId}: ${yuan(p.amountCents)} ${p.currency} (${p.status})</p>
<form method="post" action="/checkout/${p.id}/approve"><button>Pay</button></form>
<form method="post" action="/checkout/${p.id}/decline"><button>Decline</button></form></body></html>`;
}

let publicUrl = process.env.SANDBOX_PUBLIC_URL ?? '';

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const parts = url.pathname.split('/').filter(Boolean);
    const p = payments.get(parts[2]) ?? payments.get(parts[1]);
    if (req.method === 'POST' && url.pathname === '/v1/payments') {
      const body = await readJson(req);
      return body ? create(body, res) : send(res, 400, { error: 'invalid JSON' });
    }
    if (req.method === 'GET' && url.pathname === '/v1/payments') {
      const from = Date.parse(url.searchParams.get('from') ?? '');
      const to = Date.parse(url.searchParams.get('to') ?? '');
      if (Number.isNaN(from) || Number.isNaN(to)) return send(res, 400, { error: 'from, to' });
      const list = [...payments.values()].filter((x) => x.createdAt >= from && x.createdAt < to);
      return send(res, 200, { data: list.map(view) });
    }
    if (parts[0] === 'v1' && parts[1] === 'payments' && parts[2]) {
      if (!p) return send(res, 404, { error: 'no such payment' });
      if (req.method === 'GET' && parts.length === 3) return send(res, 200, view(p));
      if (req.method === 'POST' && parts[3] === 'refund') {
        const body = await readJson(req);
        return body ? refund(p, body, res) : send(res, 400, { error: 'invalid JSON' });
      }
      if (req.method === 'POST' && parts[3] === 'cancel') {
        if (p.status === 'pending' || p.status === 'failed') setStatus(p, 'cancelled');
        return send(res, 200, view(p)); // a paid one stays paid: the merchant refunds it
      }
    }
    if (parts[0] === 'checkout' && p) {
      if (req.method === 'GET' && parts.length === 2)
        return send(res, 200, checkoutPage(p), 'text/html');
      if (req.method === 'POST' && (parts[2] === 'approve' || parts[2] === 'decline')) {
        if (p.status !== 'pending' && p.status !== 'failed')
          return send(res, 409, { error: `payment is ${p.status}` });
        setStatus(p, parts[2] === 'approve' ? 'succeeded' : 'failed');
        return send(res, 200, view(p));
      }
    }
    // Test hooks: /notify sends a notification of any status (out of order, late) and changes
    // nothing here; /force moves the payment to a status (what the buyer did at the same moment
    // the merchant cancelled, say) and notifies it. /sandbox/deliveries lists every attempt.
    if (req.method === 'POST' && parts[0] === 'sandbox' && parts[1] === 'payments' && p) {
      const body = await readJson(req);
      const status = body?.status ?? p.status;
      if (parts[3] === 'force') setStatus(p, status);
      else notify(p, status);
      return send(res, 202, view(p));
    }
    if (req.method === 'GET' && url.pathname === '/sandbox/deliveries')
      return send(res, 200, deliveries);
    if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { style });
    send(res, 404, { error: 'not found' });
  } catch (error) {
    send(res, 500, { error: String(error) });
  }
});

server.listen(port, host, () => {
  const address = server.address();
  if (!publicUrl) publicUrl = `http://${host}:${address.port}`;
  console.log(`sandbox ${style} payment provider on ${publicUrl}`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
