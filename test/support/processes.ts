import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeGenericClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { freePort } from './mall.js';
import { E2E_ADMIN_TOKEN, E2E_LOG_LEVEL } from './shop.js';
import { clientCredentials, TEST_TLS_DIR } from './tls.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A built app (dist/apps/<app>/src/main.js) run as a child process, which tests may kill and
 * restart; mutual TLS from the test CA unless its env says otherwise.
 */
export class ServiceProcess {
  child?: ChildProcess;

  /** Where its HTTP port answers (GET /health/ready, /metrics; the REST API on an edge). */
  get http(): string {
    return `http://127.0.0.1:${this.env.PORT}`;
  }

  constructor(
    readonly name: string,
    private readonly app: string,
    readonly env: Record<string, string>,
    private readonly ready: () => Promise<boolean>,
    private readonly output: string[],
    /** The working directory, where the app's default ./data lives. */
    private readonly cwd = ROOT,
  ) {}

  async start(): Promise<void> {
    // Every app listens on HTTP (a service for health and metrics only): a free port unless given.
    this.env.PORT ??= String(await freePort());
    const file = join(ROOT, `dist/apps/${this.app}/src/main.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [file], {
      cwd: this.cwd,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        LOG_LEVEL: E2E_LOG_LEVEL,
        ADMIN_TOKEN: E2E_ADMIN_TOKEN,
        // Suites log in far more than 20 times a minute from 127.0.0.1; the limits have a suite of
        // their own (test/http-hardening.suite.ts sets the real values).
        AUTH_ATTEMPTS_PER_MINUTE: '10000',
        GRPC_TLS: 'on',
        GRPC_TLS_DIR: TEST_TLS_DIR,
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (d: Buffer) => {
      const lines = String(d).replace(/^(?=.)/gm, `[${this.name}] `);
      this.output.push(lines);
      if (process.env.E2E_LOG_LEVEL) process.stderr.write(lines);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.child = child;
    // 90 s: on a 2-core machine shared by several suites one service can take 30 s to start.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.output.join('')}`);
      if (await this.ready()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${this.name} was not healthy within 90 s:\n${this.output.join('')}`);
  }

  /**
   * kill -9 by default: no goodbye to its clients, nothing flushed. Another signal is followed
   * by SIGKILL if the process has not exited after `forceAfterMs`.
   */
  async kill(signal: NodeJS.Signals = 'SIGKILL', forceAfterMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    const timer =
      signal === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), forceAfterMs);
    await exited;
    clearTimeout(timer);
  }

  /** Its exit code once it exited by itself (0: a clean stop), null while running or if killed. */
  get exitCode(): number | null {
    return this.child?.exitCode ?? null;
  }

  get killedBy(): NodeJS.Signals | null {
    return this.child?.signalCode ?? null;
  }
}

/** Processes started in order and stopped together; their output is kept for failure messages. */
export class Cluster {
  readonly output: string[] = [];
  readonly processes: ServiceProcess[] = [];

  async start(
    name: string,
    app: string,
    env: Record<string, string>,
    ready: () => Promise<boolean>,
    cwd?: string,
  ): Promise<ServiceProcess> {
    const service = new ServiceProcess(name, app, env, ready, this.output, cwd);
    this.processes.push(service);
    await service.start();
    return service;
  }

  /** Stops every process; after a failed test, prints what they logged (the last 200 lines). */
  async stopAll(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.kill('SIGTERM')));
    const failed = (globalThis as { e2eFailed?: boolean }).e2eFailed;
    if (!failed || process.env.E2E_LOG_LEVEL || this.output.length === 0) return;
    const lines = this.output.join('').trimEnd().split('\n').slice(-200);
    process.stderr.write(
      `\n--- a test failed: the last ${lines.length} lines its processes logged ` +
        `(E2E_LOG_LEVEL=log shows more) ---\n${lines.join('\n')}\n---\n`,
    );
  }
}

const HealthClient = makeGenericClientConstructor(healthService, 'Health');

export function grpcServing(address: string): () => Promise<boolean> {
  return () => {
    // Health is public: the CA is enough, as for a load balancer's probe.
    const client = new HealthClient(address, clientCredentials(null));
    return new Promise((resolve) => {
      (client as any).Check(
        { service: '' },
        { deadline: Date.now() + 1000 },
        (error: unknown, answer: { status?: string }) => {
          client.close();
          resolve(!error && answer?.status === 'SERVING');
        },
      );
    });
  };
}

export function httpOk(url: string): () => Promise<boolean> {
  return async () => {
    try {
      return (await fetch(url)).ok;
    } catch {
      return false;
    }
  };
}
