import { readFileSync } from 'node:fs';
import request from 'supertest';
import { GATEWAY, SERVICE_APPS } from '@nestmall/topology';
import { mariadbDatabase, sqliteDatabase } from './support/databases.js';
import { healthStatus } from './support/grpc.js';
import { startMall, type InProcessShop } from './support/mall.js';
import { declaredMetrics, metricValue, readiness } from './support/operations.js';
import { grpcServing } from './support/processes.js';
import { RABBITMQ_URL, rabbitmqAvailable } from './support/rabbitmq.js';
import { everyAppOnSqlite, startSplit, type SplitShop } from './support/split.js';
import { TcpProxy } from './support/tcp-proxy.js';

/**
 * Health, readiness and metrics on every app of both topologies (docs/operations.md): the
 * monolith, then each app libs/topology declares, started as the split runs it. Readiness turns
 * 503 when a dependency goes (a TCP proxy in front of MariaDB or RabbitMQ, stopped) and back to
 * 200 when it returns; metrics move after a request.
 */
describe('the monolith', () => {
  const database = sqliteDatabase();
  let shop: InProcessShop;
  const http = () => request(shop.http as Parameters<typeof request>[0]);
  beforeAll(async () => {
    shop = await startMall(database.url);
  });
  afterAll(async () => {
    await shop?.close();
    await database.drop();
  });

  it('is live, and ready with its database', async () => {
    expect((await http().get('/health/live').expect(200)).body).toMatchObject({ status: 'ok' });
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('counts requests by route template, never by id, in /metrics', async () => {
    const scrape = async () => (await http().get('/metrics').expect(200)).text;
    const route = { method: 'GET', route: '/users/:id', status: '200' };
    const before = metricValue(await scrape(), 'nestmall_http_requests_total', route);
    await http().get('/users/5').expect(200);
    await http().get('/users/6').expect(200);
    const after = await scrape();
    expect(metricValue(after, 'nestmall_http_requests_total', route)).toBe(before + 2);
    expect(after).not.toMatch(/route="\/users\/5"/);
    expect(after).toMatch(/^nestmall_cache_requests_total\{result="miss",app="mall"\} \d+/m);
    expect(after).toMatch(/^nestmall_db_pool_connections\{state="open",app="mall"\} 1/m);
  });

  it('has every metric the Grafana dashboard (deploy/grafana/nestmall.json) queries', async () => {
    const dashboard = JSON.parse(
      readFileSync(new URL('../deploy/grafana/nestmall.json', import.meta.url), 'utf8'),
    ) as { uid: string; panels: { title: string; targets: { expr: string }[] }[] };
    expect(dashboard.uid).toBe('nestmall');
    const queried = dashboard.panels.flatMap((panel) => {
      expect(panel.targets.length).toBeGreaterThan(0);
      return panel.targets.flatMap((t) => [...t.expr.matchAll(/\bnestmall_\w+/g)].map((m) => m[0]));
    });
    expect(queried.length).toBeGreaterThanOrEqual(15);
    const declared = declaredMetrics((await http().get('/metrics').expect(200)).text);
    // A histogram is declared once; the dashboard queries its _bucket, _count and _sum series.
    const missing = [...new Set(queried)].filter(
      (name) => !declared.has(name) && !declared.has(name.replace(/_(bucket|count|sum)$/, '')),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the operational routes out of the OpenAPI document', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body as { paths: object };
    expect(Object.keys(doc.paths).filter((p) => /health|metrics/.test(p))).toEqual([]);
  });
});

const mariadb = await mariadbDatabase('nestmall_ops_e2e');
if (!mariadb) {
  it.skip('readiness without the database: no MariaDB, see the warning above', () => undefined);
} else {
  describe('the monolith on MariaDB, the database behind a proxy', () => {
    let proxy: TcpProxy;
    let shop: InProcessShop;
    beforeAll(async () => {
      const url = new URL(mariadb.url);
      proxy = await TcpProxy.start(Number(url.port || 3306), url.hostname);
      url.host = `127.0.0.1:${proxy.port}`;
      shop = await startMall(url.toString());
    });
    afterAll(async () => {
      await shop?.close();
      await proxy?.close();
      await mariadb.drop();
    });

    it('answers 503 naming the database while it is gone, 200 once it is back', async () => {
      const http = () => request(shop.http as Parameters<typeof request>[0]);
      await http().get('/health/ready').expect(200);
      await proxy.stop();
      const down = await http().get('/health/ready').expect(503);
      expect(down.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      await http().get('/health/live').expect(200);
      await proxy.resume();
      await expect(readiness(() => http().get('/health/ready'), 200)).resolves.toBe(200);
    }, 60_000);
  });
}

const rabbit = await rabbitmqAvailable('health and metrics of the split topology');
(rabbit ? describe : describe.skip)('the split topology, RabbitMQ behind a proxy', () => {
  const every = everyAppOnSqlite();
  let proxy: TcpProxy;
  let shop: SplitShop;
  beforeAll(async () => {
    const broker = new URL(RABBITMQ_URL);
    proxy = await TcpProxy.start(Number(broker.port || 5672), broker.hostname);
    broker.host = `127.0.0.1:${proxy.port}`;
    shop = await startSplit({
      databases: every.databases,
      env: { RABBITMQ_URL: broker.toString() },
    });
  }, 120_000);
  afterAll(async () => {
    await shop?.close();
    await proxy?.close();
    await every.drop();
  });

  const processOf = (app: string) => shop.cluster.processes.find((p) => p.name === app)!;

  for (const app of [GATEWAY.app, ...SERVICE_APPS.map((s) => s.app)]) {
    it(`${app}: live, ready with what it needs, metrics`, async () => {
      const process = processOf(app);
      expect((await fetch(`${process.http}/health/live`)).status).toBe(200);
      const ready = await fetch(`${process.http}/health/ready`);
      const body = (await ready.json()) as { details: Record<string, { status: string }> };
      expect({ status: ready.status, body }).toMatchObject({ status: 200 });
      const checks = Object.keys(body.details);
      const service = SERVICE_APPS.find((s) => s.app === app);
      // A service has its database, and RabbitMQ when it consumes; the gateway neither.
      expect(checks.includes('database')).toBe(Boolean(service));
      if (service?.consumers.length) expect(checks).toContain('rabbitmq');
      // One check per gRPC service it calls.
      const calls = service ? service.calls : GATEWAY.calls;
      expect(checks.filter((c) => c.startsWith('grpc:')).length).toBeGreaterThanOrEqual(
        calls.length,
      );
      if (service) expect(await grpcServing(process.env.GRPC_URL)()).toBe(true);
      const metrics = await fetch(`${process.http}/metrics`);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await metrics.text()).toContain(`nestmall_process_cpu_seconds_total{app="${app}"}`);
    });
  }

  it('counts the call at the gateway (HTTP) and at the service that answered it (gRPC)', async () => {
    const inventory = processOf('inventory-service');
    const method = '/nestmall.catalog.v1.CatalogService/ListProducts';
    const grpcBefore = metricValue(
      await (await fetch(`${inventory.http}/metrics`)).text(),
      'nestmall_grpc_server_calls_total',
      { method, code: 'OK' },
    );
    expect((await fetch(`${shop.http}/products`)).status).toBe(200);
    const gateway = await (await fetch(`${shop.gateway.http}/metrics`)).text();
    expect(
      metricValue(gateway, 'nestmall_http_requests_total', { route: '/products', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    const after = await (await fetch(`${inventory.http}/metrics`)).text();
    expect(metricValue(after, 'nestmall_grpc_server_calls_total', { method, code: 'OK' })).toBe(
      grpcBefore + 1,
    );
  });

  it('turns the consumers not ready (HTTP 503, gRPC NOT_SERVING) while RabbitMQ is gone', async () => {
    const orders = processOf('order-service');
    const ready = () => fetch(`${orders.http}/health/ready`);
    await proxy.stop();
    const status = await readiness(ready, 503);
    expect(status).toBe(503);
    const body = (await (await ready()).json()) as { error: Record<string, unknown> };
    expect(Object.keys(body.error)).toContain('rabbitmq');
    expect(await healthStatus(orders.env.GRPC_URL)).toBe('NOT_SERVING');
    await proxy.resume();
    expect(await readiness(ready, 200)).toBe(200);
    expect(await healthStatus(orders.env.GRPC_URL)).toBe('SERVING');
  }, 60_000);
});
