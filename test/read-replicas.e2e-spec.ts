import request from 'supertest';
import { startMall, type InProcessShop } from './support/mall.js';
import { startReplicaPair, type ReplicaPair } from './support/mariadb-replica.js';

/**
 * DATABASE_READ_URLS: the reads that may lag go to a read replica, every write and every other
 * read to the primary. Against a real MariaDB primary and replica (two servers the test starts,
 * the replica following by GTID): with replication paused, the public user list lags, while a
 * new user's own page, an order just placed and the stock read the primary; once replication
 * resumes the list catches up; with the replica's server stopped the lagging reads fall back to
 * the primary.
 */
describe('read replicas (DATABASE_READ_URLS) on MariaDB', () => {
  let pair: ReplicaPair | null = null;
  let shop: InProcessShop | undefined;
  const http = () => request(shop!.app.getHttpServer());
  const userNames = async () => {
    const res = await http().get('/user/list?pageNum=1&pageSize=100').expect(200);
    return (res.body as { user: { user_name: string }[] }).user.map((u) => u.user_name);
  };

  beforeAll(async () => {
    pair = await startReplicaPair();
    if (!pair) return;
    shop = await startMall(`${pair.primaryUrl}/nestmall`, {
      DATABASE_READ_URLS: `${pair.replicaUrl}/nestmall`,
      CACHE: 'off',
    });
    await pair.caughtUp();
  }, 120_000);

  afterAll(async () => {
    await shop?.close();
    await pair?.close();
  });

  it('serves the lagging reads from the replica and everything a buyer wrote from the primary', async () => {
    if (!pair) return;
    expect(await userNames()).toContain('test15');
    const products = await http().get('/products').expect(200);
    expect((products.body as unknown[]).length).toBeGreaterThan(0);

    await pair.pauseReplication();
    const created = await http()
      .post('/users')
      .send({ user_name: 'replica_lag', password: 'correct-horse-9', user_mobile: '13900139000' })
      .expect(201);
    const id = (created.body as { user_id: number }).user_id;
    // The public list reads the replica, which has not seen the new user...
    expect(await userNames()).not.toContain('replica_lag');
    // ...the user's own page reads the primary: a new user is seen at once.
    await http().get(`/user/info/${id}`).expect(200);

    // A buyer's order and the stock it moved: read-your-writes, whatever the replica says.
    const login = await http()
      .post('/auth/login')
      .send({ user_name: 'test1', password: '123456' })
      .expect(200);
    const token = (login.body as { access_token: string }).access_token;
    const order = await http()
      .post('/orders')
      .set('authorization', `Bearer ${token}`)
      .send({ items: [{ sku_id: 'T00104', quantity: 3 }] })
      .expect(201);
    const orderId = (order.body as { order_id: number }).order_id;
    await http().get(`/orders/${orderId}`).set('authorization', `Bearer ${token}`).expect(200);
    expect((await http().get('/skus/T00104/stock').expect(200)).body).toMatchObject({
      available: 97,
      sold: 3,
    });

    await pair.resumeReplication();
    expect(await userNames()).toContain('replica_lag');
  }, 60_000);

  it('reads the primary while the replica is down, and the replica again once it is back', async () => {
    if (!pair) return;
    await pair.stopReplica();
    for (let i = 0; i < 5; i++) expect(await userNames()).toContain('replica_lag');
    await http().get('/products').expect(200);
    await pair.startReplica();
    await pair.resumeReplication();
    // mysql2's pool cluster sets a failing replica aside for 5 s, then tries it again.
    await new Promise((r) => setTimeout(r, 5500));
    await pair.pauseReplication();
    await http()
      .post('/users')
      .send({ user_name: 'replica_back', password: 'correct-horse-9', user_mobile: '13900139001' })
      .expect(201);
    expect(await userNames()).not.toContain('replica_back');
    await pair.resumeReplication();
  }, 90_000);
});
