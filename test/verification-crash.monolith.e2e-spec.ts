import { randomBytes } from 'node:crypto';
import { sqliteDatabase } from './support/databases.js';
import { freePort } from './support/mall.js';
import { Cluster, httpOk } from './support/processes.js';
import { startSandboxes, type Sandboxes } from './support/sandboxes.js';
import { VERIFICATION_TEST_ENV } from './verification-api.suite.js';

/**
 * The monolith (the built app, a child process on SQLite) killed with SIGKILL while its sender
 * waits for the SMTP sink's answer: the message is stored at the sink, the handler's unit of
 * work (and so the outbox row's "published") never committed. After a restart the relay
 * delivers the event again and the sender sends it again with the same Message-ID: the sink
 * keeps one message and counts one duplicate. (The split topology's version, over RabbitMQ, is
 * in verification-api.split.e2e-spec.ts.)
 */
describe('a code e-mail across a kill -9 of the monolith mid-send', () => {
  const database = sqliteDatabase();
  const cluster = new Cluster();
  let sandboxes: Sandboxes;
  afterAll(async () => {
    await cluster.stopAll();
    await sandboxes?.stop();
    await database.drop();
  });

  it('reaches the sink exactly once', async () => {
    sandboxes = await startSandboxes();
    const port = await freePort();
    const http = `http://127.0.0.1:${port}`;
    const env = {
      ...VERIFICATION_TEST_ENV,
      ...sandboxes.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      GRPC_URL: `127.0.0.1:${await freePort()}`,
      OUTBOX_RELAY_INTERVAL_MS: '100',
    };
    const mall = await cluster.start('mall', 'mall', env, httpOk(`${http}/docs-json`));
    const mail = sandboxes.mail;
    const address = `crash-${randomBytes(4).toString('hex')}@example.com`;
    await mail.hold(60_000);
    const sent = await fetch(`${http}/verification/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ purpose: 'reset_password', destination: address }),
    });
    expect(sent.status).toBe(202);
    await mail.codeFor(address);
    await mall.kill('SIGKILL');
    await mail.hold(0);
    await mall.start();
    const deadline = Date.now() + 30_000;
    while ((await mail.stats()).duplicates === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(await mail.stats()).toEqual({ received: 1, duplicates: 1 });
    expect(await mail.messages(address)).toHaveLength(1);
    const waiting = await database.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM messaging_outbox WHERE published_at_ms IS NULL',
    );
    expect(Number(waiting[0].n)).toBe(0);
  }, 90_000);
});
