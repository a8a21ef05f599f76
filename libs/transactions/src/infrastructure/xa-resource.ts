import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { ConflictError, runInOpenTransaction } from '@nestmall/platform';
import type { DataSource, QueryRunner } from 'typeorm';
import { XA_FORMAT_ID, XaResource, xaXid } from '../application/xa.js';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_XA_RBDEADLOCK']);
/** XAER_NOTA: the database knows no such branch (already finished, or never started). */
const UNKNOWN_XID = 'ER_XAER_NOTA';

/**
 * A MariaDB/MySQL database as an XA resource manager. Each branch runs on a connection of its
 * own from XA START to its XA COMMIT or ROLLBACK: a prepared branch stays attached to the session
 * that prepared it (no other statement may run there meanwhile, and no other session may finish
 * it), so that connection is kept out of the pool until phase two. Only when the session ends
 * (the process crashed) does the server detach the branch: it survives, with its locks, a restart
 * of the process and of the server, XA RECOVER lists it, and any session may then finish it.
 *
 * XA RECOVER lists the whole server's prepared branches, not one database's: the branch qualifier
 * carries the participant's name and a tag of its database, so that shops sharing a server (the
 * tests do) never finish each other's.
 */
export class TypeOrmXaResource extends XaResource {
  private readonly logger = new Logger('XaResource');
  /** Branches prepared by this process, on the connections that prepared them. */
  private readonly held = new Map<string, { runner: QueryRunner; afterCommit: (() => void)[] }>();
  private qualifier?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    /** The participant's name (the branch qualifier's first part). */
    private readonly branch: string,
  ) {
    super();
  }

  private hasXa(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  /** `<branch>-<10 hex of the database's name>`. */
  private bqual(): Promise<string> {
    // SQLite has no XA: the app refuses ORDER_CONSISTENCY=xa there, and a caller of a
    // participant's prepare (a fuzzer, a misconfigured coordinator) gets FAILED_PRECONDITION.
    if (!this.hasXa())
      return Promise.reject(
        new ConflictError(
          `XA transactions need MariaDB or MySQL; this ${this.branch} database is ${this.dataSource.options.type}`,
        ),
      );
    this.qualifier ??= (async () => {
      const [row] = await this.dataSource.query<{ db: string }[]>('SELECT DATABASE() AS db');
      const tag = createHash('sha256').update(String(row.db)).digest('hex').slice(0, 10);
      return `${this.branch}-${tag}`;
    })().catch((error: unknown) => {
      // Asked again next time (a database that did not answer once may answer later).
      this.qualifier = undefined;
      throw error;
    });
    return this.qualifier;
  }

  async prepare(gid: string, work: () => Promise<void>): Promise<void> {
    const xid = xaXid(gid, await this.bqual());
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.prepareOnce(gid, xid, work);
      } catch (error) {
        const code = driverCode(error);
        if (attempt >= 4 || !code || !RETRYABLE.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }

  private async prepareOnce(gid: string, xid: string, work: () => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let state: 'idle' | 'active' | 'ended' = 'idle';
    try {
      await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      await runner.query(`XA START ${xid}`);
      state = 'active';
      const { afterCommit } = await runInOpenTransaction(this.dataSource, runner.manager, work);
      await runner.query(`XA END ${xid}`);
      state = 'ended';
      await runner.query(`XA PREPARE ${xid}`);
      this.held.set(gid, { runner, afterCommit });
    } catch (error) {
      if (state === 'active') await runner.query(`XA END ${xid}`).catch(() => undefined);
      if (state !== 'idle') await runner.query(`XA ROLLBACK ${xid}`).catch(() => undefined);
      await runner.release();
      throw error;
    }
  }

  async commit(gid: string): Promise<void> {
    const hooks = await this.finish(gid, 'COMMIT');
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        this.logger.warn(`after-commit hook failed: ${(error as Error).message}`);
      }
    }
  }

  async rollback(gid: string): Promise<void> {
    await this.finish(gid, 'ROLLBACK');
  }

  async recover(): Promise<string[]> {
    if (!this.hasXa()) return []; // no branch can exist
    const bqual = await this.bqual();
    const rows = await this.dataSource.query<
      {
        formatID: number | string;
        gtrid_length: number | string;
        bqual_length: number | string;
        data: string | Buffer;
      }[]
    >('XA RECOVER');
    const gids: string[] = [];
    for (const row of rows) {
      if (Number(row.formatID) !== XA_FORMAT_ID) continue;
      const data = String(row.data);
      const gtridLength = Number(row.gtrid_length);
      if (data.slice(gtridLength, gtridLength + Number(row.bqual_length)) !== bqual) continue;
      gids.push(data.slice(0, gtridLength));
    }
    return gids;
  }

  /**
   * Phase two on the session that prepared the branch, if this process holds it, else (recovery
   * after a crash: the branch is detached) on any. Answers the branch's after-commit hooks.
   */
  private async finish(gid: string, verb: 'COMMIT' | 'ROLLBACK'): Promise<(() => void)[]> {
    // No branch can exist (none was ever prepared here): done. The coordinator finishes every
    // participant of a type, also one an order left idle (a marketing-service on SQLite in the
    // split, and no coupon).
    if (!this.hasXa()) {
      xaXid(gid, this.branch); // still refuses a malformed gid
      return [];
    }
    const sql = `XA ${verb} ${xaXid(gid, await this.bqual())}`;
    const held = this.held.get(gid);
    if (held) {
      this.held.delete(gid);
      try {
        await held.runner.query(sql);
        return held.afterCommit;
      } catch (error) {
        // Still attached to that session: it stays held, for the next attempt.
        if (driverCode(error) !== UNKNOWN_XID) {
          this.held.set(gid, held);
          throw error;
        }
        return [];
      } finally {
        if (!this.held.has(gid)) await held.runner.release();
      }
    }
    try {
      await this.dataSource.query(sql);
    } catch (error) {
      if (driverCode(error) !== UNKNOWN_XID) throw error;
    }
    return [];
  }
}

function driverCode(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e.driverError?.code ?? e.code;
}
