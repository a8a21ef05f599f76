import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ReplicaReads } from './replica-reads.js';

interface ReplicaAmbient {
  dataSource: DataSource;
  manager: EntityManager;
}

const replica = new AsyncLocalStorage<ReplicaAmbient>();
const logger = new Logger('ReplicaReads');

/** The manager of a replica read running on `dataSource` (ambientManager asks it second). */
export function replicaManager(dataSource: DataSource): EntityManager | undefined {
  const store = replica.getStore();
  return store?.dataSource === dataSource ? store.manager : undefined;
}

/** Whether the data source was configured with read replicas (DATABASE_READ_URLS). */
export function hasReplicas(dataSource: DataSource): boolean {
  return Boolean((dataSource.options as { replication?: unknown }).replication);
}

/**
 * ReplicaReads on TypeORM's replication: a query runner of the 'slave' pool (TypeORM's name for
 * the replicas; the data source's defaultMode is 'master', so nothing else goes there) carried
 * in AsyncLocalStorage, which the repositories' ambientManager picks up. Inside a unit of work
 * the reads stay in its transaction on the primary. A replica that cannot be reached costs a
 * warning and the read goes to the primary: a replica is an optimisation, never a dependency.
 */
export class TypeOrmReplicaReads extends ReplicaReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inUnitOfWork: (dataSource: DataSource) => boolean,
  ) {
    super();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (!hasReplicas(this.dataSource) || this.inUnitOfWork(this.dataSource)) return work();
    if (replicaManager(this.dataSource)) return work();
    let runner: QueryRunner;
    try {
      runner = this.dataSource.createQueryRunner('slave');
      await runner.connect();
    } catch (error) {
      logger.warn(`read replica unavailable, reading the primary: ${(error as Error).message}`);
      return work();
    }
    try {
      return await replica.run({ dataSource: this.dataSource, manager: runner.manager }, work);
    } finally {
      await runner.release();
    }
  }
}
