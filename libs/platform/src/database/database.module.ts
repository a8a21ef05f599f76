import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { AppConfig } from '../config/config.schema.js';
import { databaseOptions } from './database-options.js';
import { DatabaseStartupError, databaseStartupError } from './database-startup-error.js';
import { ensureDatabase } from './ensure-database.js';
import { serializeSqliteAccess } from './sqlite-serializer.js';
import { ReplicaReads } from './replica-reads.js';
import { TypeOrmReplicaReads } from './typeorm-replica-reads.js';
import { inUnitOfWork, TypeOrmUnitOfWork } from './typeorm-unit-of-work.js';
import { UnitOfWork } from './unit-of-work.js';
import { observeDatabase } from '../observability/database-observability.js';
import { Metrics } from '../observability/metrics.js';
import { Readiness } from '../observability/readiness.js';

/** Registers the database's readiness probe and pool metrics (when the app observes itself). */
class DatabaseObservability {}

export interface DatabaseModuleOptions {
  /** Migrations of every context this app hosts (each context exports its own list). */
  migrations: MixedList<Function>;
}

/**
 * One TypeORM connection per app, chosen by DATABASE_URL; contexts add their entities with
 * forFeature. Provides the UnitOfWork on it to every module.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    let url = '';
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: UnitOfWork,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new TypeOrmUnitOfWork(dataSource),
        },
        {
          provide: ReplicaReads,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) => new TypeOrmReplicaReads(dataSource, inUnitOfWork),
        },
        {
          provide: DatabaseObservability,
          inject: [
            getDataSourceToken(),
            { token: Readiness, optional: true },
            { token: Metrics, optional: true },
          ],
          useFactory: (dataSource: DataSource, readiness?: Readiness, metrics?: Metrics) => {
            observeDatabase(dataSource, readiness ?? null, metrics ?? null);
            return new DatabaseObservability();
          },
        },
      ],
      exports: [UnitOfWork, ReplicaReads],
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: async (config: ConfigService<AppConfig, true>) => {
            url = config.get('DATABASE_URL', { infer: true });
            try {
              await ensureDatabase(url);
              return {
                ...databaseOptions({
                  url,
                  readUrls: config.get('DATABASE_READ_URLS', { infer: true })?.split(',') ?? [],
                  entities: [],
                  migrations: options.migrations,
                  logging: config.get('DATABASE_LOGGING', { infer: true }),
                  migrationsRun: config.get('MIGRATIONS', { infer: true }) !== 'skip',
                }),
                autoLoadEntities: true,
                // A server that refuses connections (still starting) gets two more chances a
                // second apart; a wrong path or password fails the start at once.
                retryAttempts: 3,
                retryDelay: 1000,
                toRetry: (error: unknown) =>
                  error instanceof DatabaseStartupError && error.transient,
              };
            } catch (error) {
              throw databaseStartupError(url, error);
            }
          },
          dataSourceFactory: async (options) => {
            try {
              const dataSource = await new DataSource(options as DataSourceOptions).initialize();
              serializeSqliteAccess(dataSource);
              return dataSource;
            } catch (error) {
              throw databaseStartupError(url, error);
            }
          },
        }),
      ],
    };
  }
}
