import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SalesCounter } from './application/sales-counter.js';
import { SkuSalesRepository } from './application/sku-sales.repository.js';
import { CreateRanking1764110000000 } from './infrastructure/migrations/1764110000000-create-ranking.js';
import { PaidUnits1764140000000 } from './infrastructure/migrations/1764140000000-paid-units.js';
import { SkuSalesEntity } from './infrastructure/sku-sales.entity.js';
import { TypeOrmSkuSalesRepository } from './infrastructure/typeorm-sku-sales.repository.js';

export const RANKING_MIGRATIONS = [CreateRanking1764110000000, PaidUnits1764140000000];

/**
 * The ranking context, so far its sales counter per SKU (units sold and paid, fed by order
 * events); the ranking service of a later issue reads it. Needs MessagingModule (the EventBus).
 */
@Module({
  imports: [TypeOrmModule.forFeature([SkuSalesEntity])],
  providers: [SalesCounter, { provide: SkuSalesRepository, useClass: TypeOrmSkuSalesRepository }],
})
export class RankingModule {}
