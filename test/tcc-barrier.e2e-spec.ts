import { randomUUID } from 'node:crypto';
import { InventoryClient } from '@nestmall/inventory';
import { mariadbDatabase, sqliteDatabase, type TestDatabase } from './support/databases.js';
import { startMall, type InProcessShop } from './support/mall.js';

/**
 * The inventory participant's barrier, called the way the coordinator (or a retrying network)
 * calls it, against the real databases: repeated calls change nothing, a Cancel without a Try
 * records itself and does nothing, and a Try after its Cancel does nothing (no hanging).
 */
const targets: [string, TestDatabase | null][] = [
  ['SQLite', sqliteDatabase()],
  ['MariaDB', await mariadbDatabase('nestmall_barrier_e2e')],
];

for (const [name, database] of targets) {
  if (!database) {
    it.skip(`TCC barrier on ${name}: no MariaDB, see the warning above`, () => undefined);
    continue;
  }
  describe(`TCC barrier of the inventory participant on ${name}`, () => {
    let shop: InProcessShop;
    let inventory: InventoryClient;
    const line = (sku: string, quantity: number) => [{ sku_id: sku, quantity }];
    const stock = (sku: string) => inventory.getStock(sku);

    beforeAll(async () => {
      shop = await startMall(database.url);
      inventory = shop.app.get(InventoryClient);
    });
    afterAll(async () => {
      await shop?.close();
      await database.drop();
    });

    it('Try twice freezes once', async () => {
      const gid = randomUUID();
      await inventory.freeze(gid, line('T00100', 3));
      await inventory.freeze(gid, line('T00100', 3));
      expect(await stock('T00100')).toEqual({
        sku_id: 'T00100',
        available: 97,
        frozen: 3,
        sold: 0,
      });
      await inventory.unfreeze(gid);
    });

    it('Confirm twice deducts once', async () => {
      const gid = randomUUID();
      await inventory.freeze(gid, line('T00101', 2));
      await inventory.deduct(gid);
      await inventory.deduct(gid);
      expect(await stock('T00101')).toEqual({
        sku_id: 'T00101',
        available: 98,
        frozen: 0,
        sold: 2,
      });
    });

    it('Cancel twice unfreezes once', async () => {
      const gid = randomUUID();
      await inventory.freeze(gid, line('T00102', 4));
      await inventory.unfreeze(gid);
      await inventory.unfreeze(gid);
      expect(await stock('T00102')).toEqual({
        sku_id: 'T00102',
        available: 100,
        frozen: 0,
        sold: 0,
      });
    });

    it('Cancel before Try is a null compensation, and the late Try then does nothing', async () => {
      const gid = randomUUID();
      await inventory.unfreeze(gid);
      expect(await stock('T00103')).toEqual({
        sku_id: 'T00103',
        available: 100,
        frozen: 0,
        sold: 0,
      });
      await inventory.freeze(gid, line('T00103', 5)); // arrives after its Cancel: must not hang stock
      expect(await stock('T00103')).toEqual({
        sku_id: 'T00103',
        available: 100,
        frozen: 0,
        sold: 0,
      });
      await inventory.deduct(gid); // a Confirm for it moves nothing either: no lines were frozen
      expect(await stock('T00103')).toEqual({
        sku_id: 'T00103',
        available: 100,
        frozen: 0,
        sold: 0,
      });
    });

    it('a failed Try leaves nothing behind, so its Cancel is a null compensation', async () => {
      const gid = randomUUID();
      await expect(
        inventory.freeze(gid, [
          { sku_id: 'T00104', quantity: 1 },
          { sku_id: 'T00105', quantity: 101 },
        ]),
      ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/T00105/) });
      expect(await stock('T00104')).toEqual({
        sku_id: 'T00104',
        available: 100,
        frozen: 0,
        sold: 0,
      });
      await inventory.unfreeze(gid);
      expect(await stock('T00104')).toEqual({
        sku_id: 'T00104',
        available: 100,
        frozen: 0,
        sold: 0,
      });
      await inventory.freeze(gid, line('T00104', 1)); // and the same gid can never freeze later
      expect(await stock('T00104')).toEqual({
        sku_id: 'T00104',
        available: 100,
        frozen: 0,
        sold: 0,
      });
    });

    it('returning a sold order twice returns its units once', async () => {
      const gid = randomUUID();
      await inventory.freeze(gid, line('T00106', 2));
      await inventory.deduct(gid);
      await inventory.returnStock(gid);
      await inventory.returnStock(gid);
      expect(await stock('T00106')).toEqual({
        sku_id: 'T00106',
        available: 100,
        frozen: 0,
        sold: 0,
      });
    });

    it('concurrent repeats of the same Try and Confirm still move stock once', async () => {
      const gid = randomUUID();
      await Promise.allSettled(
        Array.from({ length: 8 }, () => inventory.freeze(gid, line('T00107', 2))),
      );
      await Promise.allSettled(Array.from({ length: 8 }, () => inventory.deduct(gid)));
      expect(await stock('T00107')).toEqual({
        sku_id: 'T00107',
        available: 98,
        frozen: 0,
        sold: 2,
      });
    });
  });
}
