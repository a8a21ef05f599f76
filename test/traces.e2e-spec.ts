import { randomBytes } from 'node:crypto';
import { mariadbDatabase, sqliteDatabase } from './support/databases.js';
import { startMallProcess } from './support/order-burst.js';
import { OtlpReceiver, orphansOf, SPAN_KIND, type ReceivedSpan } from './support/otlp-receiver.js';
import { Cluster } from './support/processes.js';
import { rabbitmqAvailable } from './support/rabbitmq.js';
import { startSplit, type SplitShop } from './support/split.js';

/**
 * OpenTelemetry across the apps (docs/operations.md, "Traces"): each app exports its spans over
 * OTLP/HTTP (JSON) to a small receiver in this test. One POST /orders, sent with a W3C
 * traceparent of ours, must come back as one trace: the edge's HTTP span, the gRPC calls between
 * the apps, their database queries, the event's publish from the outbox and its handling by a
 * consumer, every span's parent in the same trace.
 */
const users = await mariadbDatabase('mall_user_te2e');
const inventory = await mariadbDatabase('mall_inventory_te2e');
const orders = await mariadbDatabase('mall_order_te2e');
const ranking = await mariadbDatabase('mall_ranking_te2e');
const rabbit = await rabbitmqAvailable('the split traces suite');

/** A traceparent of ours: the trace every span of the order must join. */
function traceparent(): { header: string; traceId: string; parentId: string } {
  const traceId = randomBytes(16).toString('hex');
  const parentId = randomBytes(8).toString('hex');
  return { header: `00-${traceId}-${parentId}-01`, traceId, parentId };
}

async function placeOrder(http: string, header: string): Promise<void> {
  const login = await fetch(`${http}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_name: 'test3', password: '123456' }),
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const placed = await fetch(`${http}/orders`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      traceparent: header,
    },
    body: JSON.stringify({ items: [{ sku_id: 'T00105', quantity: 1 }] }),
  });
  expect(placed.status).toBe(201);
}

const has =
  (service: string, kind: number, name?: RegExp) =>
  (spans: ReceivedSpan[]): boolean =>
    spans.some((s) => s.service === service && s.kind === kind && (!name || name.test(s.name)));

function describeSpans(spans: ReceivedSpan[]): string {
  return spans.map((s) => `${s.service} ${s.kind} ${s.name}`).join('\n');
}

if (!users || !inventory || !orders || !ranking || !rabbit) {
  it.skip('traces (split): no MariaDB or RabbitMQ, see the warning above', () => undefined);
} else {
  describe('traces in the split topology', () => {
    let receiver: OtlpReceiver;
    let shop: SplitShop;
    beforeAll(async () => {
      receiver = await new OtlpReceiver().start();
      shop = await startSplit({
        databases: {
          users: users.url,
          inventory: inventory.url,
          orders: orders.url,
          ranking: ranking.url,
        },
        env: receiver.env,
      });
    }, 240_000);
    afterAll(async () => {
      await shop?.close();
      await receiver?.stop();
      await Promise.all([users.drop(), inventory.drop(), orders.drop(), ranking.drop()]);
    });

    it('one POST /orders is one trace: gateway, order-service, inventory-service, database, broker, consumer', async () => {
      const { header, traceId, parentId } = traceparent();
      await placeOrder(shop.http, header);
      const checks = [
        has('gateway', SPAN_KIND.SERVER), // the HTTP request
        has('gateway', SPAN_KIND.CLIENT, /OrderService\//), // its gRPC call
        has('order-service', SPAN_KIND.SERVER, /OrderService\//),
        has('order-service', SPAN_KIND.CLIENT, /InventoryService\//), // a TCC branch
        has('inventory-service', SPAN_KIND.SERVER, /InventoryService\//),
        has(
          'order-service',
          SPAN_KIND.CLIENT,
          /^(SELECT|INSERT|UPDATE|START|COMMIT|execute|query)/i,
        ), // mysql2
        has('order-service', SPAN_KIND.PRODUCER, /^OrderPlaced publish$/), // the outbox relay
        has('ranking-service', SPAN_KIND.CONSUMER, /^OrderPlaced process$/), // over RabbitMQ
      ];
      const spans = await receiver.waitFor(traceId, (s) => checks.every((check) => check(s)));
      const missing = checks.map((check, i) => (check(spans) ? -1 : i)).filter((i) => i >= 0);
      expect({ missing, spans: describeSpans(spans) }).toEqual({
        missing: [],
        spans: expect.any(String),
      });
      // One trace: every span's parent is in it (or is our own span, the caller's).
      expect(orphansOf(spans, parentId)).toEqual([]);
      // The consumer's span is a child of the publish span, itself in the trace of the order.
      const publish = spans.find((s) => s.name === 'OrderPlaced publish')!;
      const consumed = spans.filter(
        (s) => s.kind === SPAN_KIND.CONSUMER && s.service === 'ranking-service',
      );
      expect(consumed.every((s) => s.parentSpanId === publish.spanId)).toBe(true);
      // The background (relay polls, readiness probes) starts no trace of its own.
      const roots = receiver.spans.filter((s) => !s.parentSpanId);
      expect(
        roots.filter((s) => s.kind === SPAN_KIND.CLIENT || s.kind === SPAN_KIND.INTERNAL),
      ).toEqual([]);
    }, 60_000);
  });
}

{
  // On SQLite: the queries are not traced there (mysql2 only), the rest is the same.
  const mall = sqliteDatabase();
  describe('traces in the monolith', () => {
    const cluster = new Cluster();
    let receiver: OtlpReceiver;
    let http: string;
    beforeAll(async () => {
      receiver = await new OtlpReceiver().start();
      ({ http } = await startMallProcess(cluster, {
        ...receiver.env,
        DATABASE_URL: mall.url,
        OUTBOX_RELAY_INTERVAL_MS: '100',
      }));
    }, 90_000);
    afterAll(async () => {
      await cluster.stopAll();
      await receiver?.stop();
      await mall.drop();
    });

    it('one POST /orders is one trace: the request, the event published and handled in-process', async () => {
      const { header, traceId, parentId } = traceparent();
      await placeOrder(http, header);
      const checks = [
        has('mall', SPAN_KIND.SERVER),
        has('mall', SPAN_KIND.PRODUCER, /^OrderPlaced publish$/),
        has('mall', SPAN_KIND.CONSUMER, /^OrderPlaced process$/),
      ];
      const spans = await receiver.waitFor(traceId, (s) => checks.every((check) => check(s)));
      const missing = checks.map((check, i) => (check(spans) ? -1 : i)).filter((i) => i >= 0);
      expect({ missing, spans: describeSpans(spans) }).toEqual({
        missing: [],
        spans: expect.any(String),
      });
      expect(orphansOf(spans, parentId)).toEqual([]);
      // In-process gRPC is not a hop: no gRPC client span in the monolith's trace.
      expect(spans.filter((s) => s.attributes['rpc.system'] === 'grpc')).toEqual([]);
    }, 60_000);
  });
}
