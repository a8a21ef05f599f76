#!/usr/bin/env node
// `npm run demo:orders`: the course's order -> stock demo, through the running system (the
// monolith or the split topology, whichever answers on SHOP_URL). The course's Go program sends
// 50 random one-unit orders over the ten SKUs T00100..T00109 through a channel to a goroutine
// that deducts stock, then prints the stock of every SKU. Here each order is a real order
// (POST /orders: a TCC transaction, or with ORDER_CONSISTENCY=message on the shop a two-phase
// message through the outbox and RabbitMQ / the in-process bus, answered PENDING); the script
// waits until every order is settled and prints the stock of all ten SKUs, before and after.
//   SHOP_URL (http://localhost:3000), --orders N (50), --interval-ms M (0; the course waits 2 s)
const base = (process.env.SHOP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} takes a whole number`);
    process.exit(2);
  }
  return value;
};
const total = option('--orders', 50);
const intervalMs = option('--interval-ms', 0);
const skus = Array.from({ length: 10 }, (_, i) => `T0010${i}`);

async function call(method, path, body, token) {
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: await res.json() };
  } catch {
    console.error(
      `no shop answering at ${base}: start it with \`npm start\` or \`npm run start:split\``,
    );
    process.exit(1);
  }
}

async function printStock(title) {
  console.log(title);
  for (const sku of skus) {
    const { body } = await call('GET', `/skus/${sku}/stock`);
    const productId = 1000 + Number(sku.slice(-1));
    console.log(
      `  product ${productId}  sku ${sku}  available ${body.available}  frozen ${body.frozen}  sold ${body.sold}`,
    );
  }
}

const login = await call('POST', '/auth/login', { user_name: 'test1', password: '123456' });
if (login.status !== 200) {
  console.error(`log-in as test1 failed: ${login.status} ${login.body.message}`);
  process.exit(1);
}
const token = login.body.access_token;

await printStock('stock before:');
const outcome = { CREATED: 0, FAILED: 0, refused: 0, other: 0 };
const placed = [];
for (let i = 0; i < total; i++) {
  const sku = skus[Math.floor(Math.random() * skus.length)];
  const { status, body } = await call(
    'POST',
    '/orders',
    { items: [{ sku_id: sku, quantity: 1 }] },
    token,
  );
  if (status === 201) placed.push(body.order_id);
  else if (status === 409) outcome.refused++;
  else if (status !== 201) outcome.other++;
  console.log(
    `order ${i + 1}: ${sku} x1 -> ${status} ${status === 201 ? `order ${body.order_id} ${body.status}` : body.message}`,
  );
  if (intervalMs) await new Promise((r) => setTimeout(r, intervalMs));
}

// Settled: every placed order has left PENDING (the recovery worker finishes stragglers).
const deadline = Date.now() + 60_000;
const settled = new Map();
let pending = placed.length;
while (pending > 0 && Date.now() < deadline) {
  pending = 0;
  for (const id of placed.filter((id) => !settled.has(id))) {
    const { body } = await call('GET', `/orders/${id}`, undefined, token);
    if (body.status === 'PENDING') pending++;
    else settled.set(id, body);
  }
  if (pending) await new Promise((r) => setTimeout(r, 200));
}
for (const order of settled.values()) {
  if (order.status === 'CREATED') outcome.CREATED++;
  else if (order.status === 'FAILED') {
    outcome.FAILED++;
    console.log(`order ${order.order_id} FAILED: ${order.failure_reason ?? 'no reason given'}`);
  } else outcome.other++;
}
await printStock('stock after:');
console.log(
  `${total} orders: ${outcome.CREATED} created, ${outcome.refused + outcome.FAILED} refused (out of stock), ${outcome.other} failed otherwise` +
    (pending ? `, ${pending} still PENDING after 60 s` : ''),
);
process.exit(pending || outcome.other ? 1 : 0);
