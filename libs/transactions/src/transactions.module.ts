import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Metrics, UnitOfWork, type AppConfig } from '@nestmall/platform';
import { GlobalTransactionRepository } from './application/global-transaction.repository.js';
import { RecoveryWorker } from './application/recovery-worker.js';
import { TccCoordinator } from './application/tcc-coordinator.js';
import type { TransactionsConfig } from './transactions.config.js';
import { observeTransactions } from './transactions-observability.js';
import {
  BranchEntity,
  GlobalTransactionEntity,
} from './infrastructure/global-transaction.entity.js';
import { CreateTccLog1764060000000 } from './infrastructure/migrations/1764060000000-create-tcc-log.js';
import { TypeOrmGlobalTransactionRepository } from './infrastructure/typeorm-global-transaction.repository.js';

/** Migrations of the coordinator's log; the app hosting the coordinator runs them. */
export const TRANSACTIONS_MIGRATIONS = [CreateTccLog1764060000000];

/**
 * The TCC coordinator, its log and the recovery worker, for the context that coordinates
 * (orders). Settings: TCC_TIMEOUT_MS, TCC_MAX_ATTEMPTS, TCC_RECOVERY_INTERVAL_MS.
 */
@Module({})
export class TransactionsModule {
  static forRoot(): DynamicModule {
    return {
      module: TransactionsModule,
      imports: [TypeOrmModule.forFeature([GlobalTransactionEntity, BranchEntity])],
      providers: [
        { provide: GlobalTransactionRepository, useClass: TypeOrmGlobalTransactionRepository },
        {
          provide: TccCoordinator,
          inject: [
            GlobalTransactionRepository,
            ConfigService,
            UnitOfWork,
            { token: Metrics, optional: true },
          ],
          useFactory: (
            log: GlobalTransactionRepository,
            config: ConfigService<AppConfig & TransactionsConfig, true>,
            unitOfWork: UnitOfWork,
            metrics?: Metrics,
          ) => {
            // The app's one unit of work is on the log's database: branches that join it
            // (in-process participants) commit in one phase.
            const coordinator = new TccCoordinator(
              log,
              {
                timeoutMs: config.get('TCC_TIMEOUT_MS', { infer: true }),
                maxAttempts: config.get('TCC_MAX_ATTEMPTS', { infer: true }),
              },
              unitOfWork,
            );
            if (metrics) observeTransactions(coordinator, log, metrics);
            return coordinator;
          },
        },
        {
          provide: RecoveryWorker,
          inject: [GlobalTransactionRepository, TccCoordinator, ConfigService],
          useFactory: (
            log: GlobalTransactionRepository,
            coordinator: TccCoordinator,
            config: ConfigService<AppConfig & TransactionsConfig, true>,
          ) =>
            new RecoveryWorker(log, coordinator, {
              intervalMs: config.get('TCC_RECOVERY_INTERVAL_MS', { infer: true }),
              leaseMs: config.get('TCC_TIMEOUT_MS', { infer: true }),
              batch: 50,
              enabled: config.get('BACKGROUND_JOBS', { infer: true }) === 'on',
            }),
        },
      ],
      exports: [TccCoordinator, RecoveryWorker, GlobalTransactionRepository],
    };
  }
}
