import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { isUniqueViolation, type AppConfig } from '@nestmall/platform';
import type { Repository } from 'typeorm';
import { StockEntity } from './stock.entities.js';

/** The course's stock demo: SKUs T00100..T00109 with 100 units each. */
export const DEMO_STOCK = Array.from({ length: 10 }, (_, i) => ({
  skuId: `T0010${i}`,
  quantity: 100,
}));

@Injectable()
export class DemoStockSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoStockSeeder');

  constructor(
    @InjectRepository(StockEntity) private readonly rows: Repository<StockEntity>,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO_DATA', { infer: true })) return;
    if ((await this.rows.count()) > 0) return;
    try {
      await this.rows.insert(
        DEMO_STOCK.map((s) => ({
          skuId: s.skuId,
          available: s.quantity,
          frozen: 0,
          sold: 0,
          totalIn: s.quantity,
        })),
      );
      this.logger.log(`seeded stock for ${DEMO_STOCK.length} demo SKUs (100 each)`);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
