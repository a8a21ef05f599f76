import { Module, type DynamicModule } from '@nestjs/common';
import { z } from 'zod';
import type { ProtoContract } from '@nestmall/contracts';
import {
  hostContexts,
  remoteContexts,
  type ContextDefinition,
  type ModuleImport,
} from './context-definition.js';

@Module({})
class ShopModule {}
@Module({})
class StockModule {}
@Module({})
class MigrationA {}
@Module({})
class MigrationB {}

const proto = (pkg: string): ProtoContract => ({ package: pkg, protoPath: `${pkg}.proto` });
const dynamic = (name: string, imports: readonly ModuleImport[] = []): DynamicModule => ({
  module: ShopModule,
  imports: [...imports],
  providers: [{ provide: name, useValue: name }],
});

const STOCK: ContextDefinition = {
  module: () => StockModule,
  http: (client) => dynamic('stock-http', [client]),
  remote: () => dynamic('stock-remote'),
  migrations: [MigrationA],
  proto: proto('stock'),
};
const SHOP: ContextDefinition = {
  module: (clients) => dynamic('shop', clients),
  http: (client) => dynamic('shop-http', [client]),
  remote: () => dynamic('shop-remote'),
  migrations: [MigrationB],
  proto: proto('shop'),
  config: { SHOP_MODE: z.enum(['a', 'b']).default('a') },
};
const COUNTER: ContextDefinition = { module: () => ShopModule };

describe('hostContexts', () => {
  it('gives each context the clients its host passes, and its REST routes over its own module', () => {
    const composed = hostContexts(
      [{ context: STOCK }, { context: SHOP, clients: [StockModule] }, { context: COUNTER }],
      { http: true },
    );
    const [stock, stockHttp, shop, shopHttp, counter] = composed.modules;
    expect(stock).toBe(StockModule);
    expect(stockHttp).toMatchObject({ imports: [StockModule] });
    expect(shop).toMatchObject({ imports: [StockModule], providers: [{ provide: 'shop' }] });
    expect(shopHttp).toMatchObject({ imports: [shop], providers: [{ provide: 'shop-http' }] });
    expect(counter).toBe(ShopModule);
    expect(composed.modules).toHaveLength(5);
    expect(composed.migrations).toEqual([MigrationA, MigrationB]);
    expect(composed.protos.map((p) => p.package)).toEqual(['stock', 'shop']);
    expect(composed.config).toEqual([SHOP.config]);
  });

  it('leaves the REST routes out of an app that serves none', () => {
    const composed = hostContexts([{ context: STOCK }, { context: SHOP }], { http: false });
    expect(composed.modules).toEqual([StockModule, expect.objectContaining({ imports: [] })]);
  });
});

describe('remoteContexts', () => {
  it("serves each context's REST routes over its gRPC client port", () => {
    const edge = remoteContexts([STOCK, SHOP]);
    expect(edge.modules).toEqual([
      expect.objectContaining({
        imports: [
          expect.objectContaining({
            providers: [{ provide: 'stock-remote', useValue: 'stock-remote' }],
          }),
        ],
      }),
      expect.objectContaining({
        imports: [
          expect.objectContaining({
            providers: [{ provide: 'shop-remote', useValue: 'shop-remote' }],
          }),
        ],
      }),
    ]);
    expect(edge.config).toEqual([SHOP.config]);
  });

  it('refuses a context that has no routes or no remote client', () => {
    expect(() => remoteContexts([COUNTER])).toThrow('a remote context needs http and remote');
  });
});
