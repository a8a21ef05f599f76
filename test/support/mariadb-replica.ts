import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';
import { freePort } from './mall.js';
import { unavailable } from './needs.js';

const INSTALL_DB = process.env.E2E_MARIADB_INSTALL_DB ?? '/usr/bin/mariadb-install-db';
const MARIADBD = process.env.E2E_MARIADBD ?? '/usr/sbin/mariadbd';

/** A private MariaDB server of the test's own: its data in a temporary folder, on a free port. */
class Node {
  private process?: ChildProcess;
  private output = '';
  readonly dir = mkdtempSync(join(tmpdir(), 'nestmall-mariadb-'));

  constructor(
    readonly port: number,
    private readonly serverId: number,
    readonly host = '127.0.0.1',
  ) {}

  get url(): string {
    return `mysql://root@${this.host}:${this.port}`;
  }

  async install(): Promise<void> {
    const run = spawnSync(
      INSTALL_DB,
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--user=root',
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`mariadb-install-db failed: ${run.stderr}`);
  }

  async start(): Promise<void> {
    mkdirSync(join(this.dir, 'run'), { recursive: true });
    this.output = '';
    this.process = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--port=${this.port}`,
        `--bind-address=${this.host}`,
        `--socket=${join(this.dir, 'run/mysqld.sock')}`,
        `--pid-file=${join(this.dir, 'run/mysqld.pid')}`,
        '--user=root',
        `--server-id=${this.serverId}`,
        `--log-bin=${join(this.dir, 'data/binlog')}`,
        '--binlog-format=ROW',
        '--innodb-buffer-pool-size=32M',
        '--skip-name-resolve',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.process.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const c = await this.root();
        await c.end();
        return;
      } catch (error) {
        if (this.process.exitCode !== null || Date.now() > deadline)
          throw new Error(`mariadbd on ${this.port} did not start: ${this.output.slice(-2000)}`, {
            cause: error,
          });
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** root over the socket (the only root account a fresh install has). */
  root(): Promise<Connection> {
    return createConnection({
      socketPath: join(this.dir, 'run/mysqld.sock'),
      user: 'root',
      multipleStatements: true,
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A primary and a replica of its own, as the course's "database cluster" has them: two MariaDB
 * servers the test starts from Debian's mariadb-server binaries in temporary folders, the replica
 * following the primary's binary log by GTID. Root without a password, on 127.0.0.1 only.
 */
export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  /** STOP SLAVE: the replica lags from now on (as a slow or partitioned replica would). */
  pauseReplication(): Promise<void>;
  /** START SLAVE, then wait until the replica has applied all the primary wrote. */
  resumeReplication(): Promise<void>;
  /** Waits until the replica has applied all the primary wrote. */
  caughtUp(): Promise<void>;
  /** Stops the replica's server (its reads must go elsewhere) or starts it again. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Private MariaDB servers of the test's own, root without a password (connecting from
 * 127.0.0.1), server i listening on its own loopback address 127.0.0.<i+1>.
 */
export interface PrivateServers {
  /** mysql://root@127.0.0.<i+1>:<port>, one a server. */
  urls: string[];
  /** SQL on server i as root (several statements allowed, one session); returns the rows. */
  query<T = Record<string, unknown>>(i: number, sql: string, values?: unknown[]): Promise<T[]>;
  /** SIGKILL server i (a crash), then start it again on the same data. */
  crash(i: number): Promise<void>;
  close(): Promise<void>;
}

/** `count` fresh servers, each in its own temporary folder on a free port; null when unavailable. */
export async function startServers(count: number, what: string): Promise<PrivateServers | null> {
  if (!existsSync(INSTALL_DB) || !existsSync(MARIADBD)) {
    unavailable(what, `${INSTALL_DB} and ${MARIADBD} are needed (apt-get install mariadb-server)`);
    return null;
  }
  const nodes: Node[] = [];
  for (let i = 0; i < count; i++) nodes.push(new Node(await freePort(), i + 1, `127.0.0.${i + 1}`));
  const close = async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    nodes.forEach((n) => n.remove());
  };
  try {
    await Promise.all(nodes.map((n) => n.install()));
    await Promise.all(nodes.map((n) => n.start()));
    for (const node of nodes) {
      const c = await node.root();
      await c.query("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'");
      await c.query("GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
      await c.end();
    }
  } catch (error) {
    await close();
    throw error;
  }
  return {
    urls: nodes.map((n) => n.url),
    query: async <T>(i: number, sql: string, values?: unknown[]) => {
      const c = await nodes[i].root();
      try {
        return (await c.query(sql, values))[0] as T[];
      } finally {
        await c.end();
      }
    },
    crash: async (i: number) => {
      await nodes[i].stop('SIGKILL');
      await nodes[i].start();
    },
    close,
  };
}

export async function startReplicaPair(): Promise<ReplicaPair | null> {
  if (!existsSync(INSTALL_DB) || !existsSync(MARIADBD)) {
    unavailable(
      'the read-replica suite',
      `${INSTALL_DB} and ${MARIADBD} are needed (apt-get install mariadb-server)`,
    );
    return null;
  }
  const primary = new Node(await freePort(), 1);
  const replica = new Node(await freePort(), 2);
  try {
    await Promise.all([primary.install(), replica.install()]);
    await Promise.all([primary.start(), replica.start()]);
    for (const node of [primary, replica]) {
      const c = await node.root();
      await c.query("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'");
      await c.query("GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION");
      await c.end();
    }
    // The replica starts at the primary's current position: each server made its own accounts
    // (logged in its own binary log), which the replica must not apply a second time.
    const p = await primary.root();
    const [[{ pos }]] = (await p.query('SELECT @@gtid_binlog_pos AS pos')) as unknown as [
      { pos: string }[],
    ];
    await p.end();
    const r = await replica.root();
    await r.query(`SET GLOBAL gtid_slave_pos = '${pos}'`);
    await r.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, ` +
        "MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos",
    );
    await r.query('START SLAVE');
    await r.end();
  } catch (error) {
    await Promise.all([primary.stop(), replica.stop()]);
    primary.remove();
    replica.remove();
    throw error;
  }

  const caughtUp = async () => {
    const p = await primary.root();
    const [[{ pos }]] = (await p.query('SELECT @@gtid_binlog_pos AS pos')) as unknown as [
      { pos: string }[],
    ];
    await p.end();
    const r = await replica.root();
    try {
      const [[{ waited }]] = (await r.query('SELECT MASTER_GTID_WAIT(?, 30) AS waited', [
        pos,
      ])) as unknown as [{ waited: number }[]];
      if (waited !== 0) throw new Error(`the replica did not reach ${pos} in 30 s`);
    } finally {
      await r.end();
    }
  };
  const onReplica = async (sql: string) => {
    const r = await replica.root();
    await r.query(sql);
    await r.end();
  };

  return {
    primaryUrl: primary.url,
    replicaUrl: replica.url,
    pauseReplication: () => onReplica('STOP SLAVE'),
    resumeReplication: async () => {
      await onReplica('START SLAVE');
      await caughtUp();
    },
    caughtUp,
    stopReplica: () => replica.stop(),
    startReplica: () => replica.start(),
    close: async () => {
      await Promise.all([primary.stop(), replica.stop()]);
      primary.remove();
      replica.remove();
    },
  };
}
