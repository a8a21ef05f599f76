#!/usr/bin/env node
// `npm run demo:shop`: one whole purchase through the running shop (the monolith of `npm start`
// or the split topology of `npm run start:split`, whichever answers on SHOP_URL), every step a
// real REST call, printed as it goes:
//   staff:  the merchandiser logs in, creates a product with one SKU, submits it; the auditor
//           approves it; the merchandiser puts it on the shelf, receives 20 units of stock and
//           creates a coupon (10.00 off from 50.00)
//   buyer:  registers and logs in, claims the coupon, saves a shipping address, fills a guest
//           cart, merges it into their cart after log-in, checks the cart out with the address
//           and the coupon, pays through the sandbox card provider's checkout, and reads the
//           order (PAID, the discount shown) and its timeline
//   staff:  the auditor reads the audit log of the product
// and then the order's whole life, the buyer watching its status pushed over the IM's WebSocket:
//   chat:   the buyer asks the customer service about the order; the support staff answer, and
//           the answer arrives on the buyer's WebSocket
//   ship:   the admin ships it with the sandbox carrier; the parcel moves (the carrier's signed
//           tracking webhooks) until DELIVERED; the buyer confirms the receipt
//   refund: the buyer asks for a refund; the support staff approve it; the money goes back
//           through the card provider, and the order ends REFUNDED
// The payment goes through the sandbox providers (`npm run sandbox:payments`), the shipment
// through the sandbox carrier (`npm run sandbox:carrier`); when none answers at PAYMENT_CARD_URL
// or CARRIER_URL, the demo starts them itself for its run.
// Exits 0 when the order was paid with the coupon's discount, shipped, received and refunded, and
// the pushes and the chat arrived; 1 naming the step that failed.
//   SHOP_URL (http://localhost:3000), PAYMENT_CARD_URL (http://127.0.0.1:4010),
//   CARRIER_URL (http://127.0.0.1:4040), IM_URL (the IM's REST and WebSocket: SHOP_URL for the
//   monolith, an im-service's own port in the split topology, http://127.0.0.1:51141),
//   STAFF_PASSWORD (the demo staff's, staff-demo-2026)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import WebSocket from 'ws';

const base = (process.env.SHOP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const cardUrl = (process.env.PAYMENT_CARD_URL ?? 'http://127.0.0.1:4010').replace(/\/$/, '');
const carrierUrl = (process.env.CARRIER_URL ?? 'http://127.0.0.1:4040').replace(/\/$/, '');
const imUrl = (process.env.IM_URL ?? base).replace(/\/$/, '');
const staffPassword = process.env.STAFF_PASSWORD ?? 'staff-demo-2026';
const run = randomBytes(3).toString('hex').toUpperCase();

async function call(method, url, { body, token, headers = {} } = {}) {
  const res = await fetch(url.startsWith('http') ? url : `${base}${url}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, body: json };
}

/** One step: the call and its status; any other status ends the demo, naming the step. */
async function step(title, method, path, options = {}, expected = [200, 201]) {
  const answer = await call(method, path, options);
  const ok = [expected].flat().includes(answer.status);
  console.log(`${ok ? '✓' : '✗'} ${title}\n    ${method} ${path} -> ${answer.status}`);
  if (!ok) {
    console.error(`    ${JSON.stringify(answer.body)}`);
    await finish(1);
  }
  return answer;
}

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

const started = [];
let socket;
async function finish(code) {
  socket?.terminate();
  for (const child of started) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  process.exit(code);
}

const cents = (n) => (n / 100).toFixed(2);
const eventually = async (what, check) => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error(`✗ ${what}: not within 30 s`);
  await finish(1);
};

if (!(await answers(`${base}/health/live`))) {
  console.error(
    `no shop answering at ${base}: start it with \`npm start\` or \`npm run start:split\``,
  );
  process.exit(1);
}
if (!(await answers(`${cardUrl}/health`))) {
  console.log(`(no sandbox payment provider at ${cardUrl}: starting them for this run)`);
  started.push(
    spawn(process.execPath, [resolve(import.meta.dirname, 'sandbox/start-payment-sandboxes.mjs')], {
      stdio: 'ignore',
    }),
  );
  await eventually('the sandbox payment providers', () => answers(`${cardUrl}/health`));
}
if (!(await answers(`${carrierUrl}/admin/stats`))) {
  console.log(`(no sandbox carrier at ${carrierUrl}: starting it for this run)`);
  started.push(
    spawn(process.execPath, [resolve(import.meta.dirname, 'sandbox/carrier-provider.mjs')], {
      stdio: 'ignore',
    }),
  );
  await eventually('the sandbox carrier', () => answers(`${carrierUrl}/admin/stats`));
}

console.log('\n— the back office —');
const merch = (
  await step('the merchandiser logs in', 'POST', '/admin/auth/login', {
    body: { email: 'merch@nestmall.example', password: staffPassword },
  })
).body.access_token;
const auditor = (
  await step('the auditor logs in', 'POST', '/admin/auth/login', {
    body: { email: 'auditor@nestmall.example', password: staffPassword },
  })
).body.access_token;
const skuId = `DEMO${run}`;
const product = (
  await step(`creates a product with SKU ${skuId} at 68.00 (draft)`, 'POST', '/admin/products', {
    token: merch,
    body: {
      name: `Demo teapot ${run}`,
      skus: [
        {
          sku_id: skuId,
          title: `Demo teapot ${run}, 500 ml`,
          price_cents: 6800,
          attributes: { volume: '500 ml' },
        },
      ],
    },
  })
).body;
const productPath = `/admin/products/${product.product_id}`;
await step('submits it for review', 'POST', `${productPath}/submit`, { token: merch });
await step('the auditor approves it', 'POST', `${productPath}/approve`, { token: auditor });
await step('the merchandiser puts it on the shelf', 'POST', `${productPath}/put-on-shelf`, {
  token: merch,
});
await step('receives 20 units of stock', 'POST', `/admin/stock/${skuId}/receive`, {
  token: merch,
  body: { quantity: 20, note: `demo delivery ${run}` },
});
const now = Date.now();
const template = (
  await step(
    'creates a coupon: 10.00 off from 50.00, one per buyer',
    'POST',
    '/admin/coupon-templates',
    {
      token: merch,
      body: {
        name: `Demo 10 off 50 (${run})`,
        kind: 'AMOUNT_OFF',
        amount_off_cents: 1000,
        min_spend_cents: 5000,
        total_quantity: 100,
        per_user_limit: 1,
        valid_from: new Date(now - 60_000).toISOString(),
        valid_until: new Date(now + 86_400_000).toISOString(),
      },
    },
  )
).body;

console.log('\n— the buyer —');
const buyer = {
  user_name: `demo_${run.toLowerCase()}`,
  password: `Teapot-${run}-demo!`,
  user_mobile: '13912345678',
};
await step(`registers as ${buyer.user_name}`, 'POST', '/users', { body: buyer });
const guest = await step('adds the teapot to a guest cart (no log-in yet)', 'POST', '/cart/items', {
  body: { sku_id: skuId, quantity: 1 },
});
const cartId = guest.headers.get('x-cart-id') ?? guest.body.cart_id;
const token = (
  await step('logs in', 'POST', '/auth/login', {
    body: { user_name: buyer.user_name, password: buyer.password },
  })
).body.access_token;
// The buyer's WebSocket to the IM: their orders' status changes and the customer service's answers.
const pushes = [];
socket = new WebSocket(`${imUrl.replace(/^http/, 'ws')}/im`, {
  headers: { authorization: `Bearer ${token}` },
});
socket.on('message', (data) => pushes.push(JSON.parse(data.toString())));
await new Promise((resolveOpen, reject) => {
  socket.once('open', resolveOpen);
  socket.once('error', reject);
}).catch(async (error) => {
  console.error(`✗ the IM's WebSocket at ${imUrl}/im: ${error.message} (IM_URL)`);
  await finish(1);
});
console.log(`✓ opens the IM's WebSocket (${imUrl.replace(/^http/, 'ws')}/im) for the pushes`);
await step('merges the guest cart into their cart', 'POST', '/cart/merge', {
  token,
  body: { cart_id: cartId },
});
const coupon = (
  await step('claims the coupon', 'POST', `/coupon-templates/${template.template_id}/claim`, {
    token,
  })
).body;
const address = (
  await step('saves a shipping address', 'POST', '/users/me/addresses', {
    token,
    body: {
      recipient: '张三',
      mobile: '13912345678',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      street: '科技园南区 1 栋 101',
      postal_code: '518057',
    },
  })
).body;
const cart = (await step('views the cart (current prices and stock)', 'GET', '/cart', { token }))
  .body;
for (const line of cart.lines)
  console.log(
    `    ${line.sku_id} × ${line.quantity} at ${cents(line.current_price_cents)}, ${line.available} in stock`,
  );
const checkout = (
  await step('checks the cart out with the address and the coupon', 'POST', '/cart/checkout', {
    token,
    headers: { 'idempotency-key': `demo-${run}` },
    body: { address_id: address.address_id, coupon_id: coupon.coupon_id },
  })
).body;
const orderId = checkout.order.order_id;
console.log(
  `    order ${orderId}: ${checkout.order.status}, total ${cents(checkout.order.total_cents)}`,
);
const payment = (
  await step('pays by card: the provider opens a checkout', 'POST', '/payments', {
    token,
    body: { order_id: orderId, method: 'card' },
  })
).body;
await step(
  "approves the payment on the provider's checkout page",
  'POST',
  `${payment.checkout_url}/approve`,
);
const order = await eventually("the order PAID by the provider's webhook", async () => {
  const o = (await call('GET', `/orders/${orderId}`, { token })).body;
  return o?.status === 'PAID' ? o : null;
});
console.log(`✓ the provider's signed webhook arrived: order ${orderId} is PAID`);
console.log(`    subtotal ${cents(order.subtotal_cents)}`);
for (const d of order.discounts) console.log(`    - ${d.label}: -${cents(d.amount_cents)}`);
console.log(
  `    shipping ${cents(order.shipping_cents)}\n    total    ${cents(order.total_cents)}`,
);
if (order.shipping_address)
  console.log(
    `    ships to ${order.shipping_address.recipient}, ${order.shipping_address.city} ${order.shipping_address.street}`,
  );
const timeline = (
  await step('reads the order timeline', 'GET', `/orders/${orderId}/timeline`, { token })
).body;
for (const e of timeline.entries) console.log(`    ${e.at}  ${e.status ?? e.kind}  (${e.cause})`);

console.log('\n— the back office again —');
const audit = await eventually('the product changes in the audit log', async () => {
  const a = (await call('GET', `/admin/audit?entity_id=${product.product_id}`, { token: auditor }))
    .body;
  return a?.entries?.length ? a : null;
});
console.log(`✓ the auditor reads the audit log of product ${product.product_id}`);
for (const e of audit.entries) console.log(`    ${e.at}  ${e.actor_email}  ${e.action}`);

const discounted = order.discounts.some((d) => d.kind === 'COUPON' && d.amount_cents === 1000);
if (order.status !== 'PAID' || !discounted) {
  console.error("✗ the order should be PAID with the coupon's 10.00 off");
  await finish(1);
}

console.log('\n— customer service (the IM) —');
const support = (
  await step('the support staff log in', 'POST', '/admin/auth/login', {
    body: { email: 'support@nestmall.example', password: staffPassword },
  })
).body.access_token;
const conversation = (
  await step(
    'the buyer opens a conversation about the order',
    'POST',
    `${imUrl}/im/conversations`,
    {
      token,
      body: { order_id: orderId },
    },
  )
).body;
const talk = `${imUrl}/im/conversations/${conversation.conversation_id}/messages`;
await step('asks: "Could it ship today?"', 'POST', talk, {
  token,
  body: { body: 'Could it ship today?' },
});
await step('the support staff answer: "It leaves this afternoon."', 'POST', talk, {
  token: support,
  body: { body: 'It leaves this afternoon.' },
});
const answer = await eventually("the staff's answer on the buyer's WebSocket", () =>
  pushes.find((p) => p.event === 'chat.message' && p.data.sender_role === 'staff'),
);
console.log(`✓ the buyer's WebSocket got it: "${answer.data.body}" (message ${answer.data.seq})`);

console.log('\n— shipping —');
const admin = (
  await step('the admin logs in', 'POST', '/admin/auth/login', {
    body: { email: 'admin@nestmall.example', password: staffPassword },
  })
).body.access_token;
await step('ships the order with the carrier', 'POST', `/admin/orders/${orderId}/ship`, {
  token: admin,
});
const shipment = (await call('GET', `/orders/${orderId}/timeline`, { token })).body.entries.find(
  (e) => e.kind === 'shipment',
);
const trackingNumber = shipment.detail.split(' ')[1];
console.log(`    ${shipment.detail}`);
for (const status of ['IN_TRANSIT', 'DELIVERED'])
  await step(
    `the parcel is ${status}: the carrier posts its signed tracking webhook`,
    'POST',
    `${carrierUrl}/admin/shipments/${trackingNumber}/events`,
    { body: { status, note: `demo ${status.toLowerCase()}` } },
  );
await eventually('DELIVERED on the order timeline', async () =>
  (await call('GET', `/orders/${orderId}/timeline`, { token })).body.entries.some(
    (e) => e.kind === 'tracking' && e.cause === 'DELIVERED',
  ),
);
console.log('✓ the tracking events are on the order timeline');
await step('the buyer confirms the receipt', 'POST', `/orders/${orderId}/receive`, { token });

console.log('\n— after-sales —');
const request = (
  await step('the buyer asks for a refund', 'POST', `/orders/${orderId}/after-sales`, {
    token,
    body: { kind: 'REFUND', reason: 'The lid is chipped' },
  })
).body;
await step(
  'the support staff approve it',
  'POST',
  `/admin/after-sales/${request.request_id}/decision`,
  { token: support, body: { decision: 'APPROVE', reason: 'Sorry about the lid' } },
);
const refunded = await eventually('the order REFUNDED by the card provider', async () => {
  const o = (await call('GET', `/orders/${orderId}`, { token })).body;
  return o?.status === 'REFUNDED' ? o : null;
});
console.log(`✓ the provider refunded ${cents(refunded.total_cents)}: order ${orderId} is REFUNDED`);

const statuses = () =>
  pushes
    .filter((p) => p.event === 'order.status' && p.data.order_id === orderId)
    .sort((a, b) => a.data.sequence - b.data.sequence)
    .map((p) => p.data.status);
await eventually('the REFUNDED push', () => statuses().includes('REFUNDED'));
console.log(`✓ the status pushes the buyer's WebSocket got: ${statuses().join(' -> ')}`);

const timelineAfter = (await call('GET', `/orders/${orderId}/timeline`, { token })).body;
for (const e of timelineAfter.entries)
  console.log(`    ${e.at}  ${e.status ?? e.kind}  (${e.cause})`);
console.log(
  `\nDone: order ${orderId} paid at ${cents(order.total_cents)} with the coupon's 10.00 off, ` +
    'shipped, received and refunded.',
);
await finish(0);
