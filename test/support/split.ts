import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { credentials, makeGenericClientConstructor } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { freePort } from './mall.js';
import { E2E_ADMIN_TOKEN, E2E_JWT_SECRET, type ShopUnderTest } from './shop.js';

const ROOT = resolve(import.meta.dirname, '../..');
const USER_SERVICE = join(ROOT, 'dist/apps/user-service/src/main.js');
const GATEWAY = join(ROOT, 'dist/apps/gateway/src/main.js');

export interface SplitShop extends ShopUnderTest {
  http: string;
  replicas: { address: string; process: ChildProcess }[];
  /** SIGKILLs replica `index` (kill -9: no goodbye to its clients). */
  killReplica(index: number): Promise<void>;
}

export interface SplitOptions {
  /** The users service's own database (mall_user_... on MariaDB). */
  userDatabaseUrl: string;
  replicas?: number;
  policy?: 'round_robin' | 'weighted_round_robin' | 'least_request';
}

/**
 * The split topology as separate processes on loopback, from the built apps (npm run build):
 * user-service replicas started one after another (the first runs the migrations), then the
 * gateway in front of them. Each process gets an explicit environment, nothing inherited but PATH.
 */
export async function startSplit(options: SplitOptions): Promise<SplitShop> {
  for (const file of [USER_SERVICE, GATEWAY]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const output: string[] = [];
  const processes: ChildProcess[] = [];
  const base = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    JWT_SECRET: E2E_JWT_SECRET,
    ADMIN_TOKEN: E2E_ADMIN_TOKEN,
  };
  const run = (file: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [file], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    processes.push(child);
    return child;
  };

  try {
    const replicas: SplitShop['replicas'] = [];
    for (let i = 0; i < (options.replicas ?? 1); i++) {
      const address = `127.0.0.1:${await freePort()}`;
      const child = run(USER_SERVICE, { GRPC_URL: address, DATABASE_URL: options.userDatabaseUrl, SEED_DEMO_DATA: 'true' });
      await waitFor(() => grpcServing(address), `user-service ${address}`, child, output);
      replicas.push({ address, process: child });
    }
    const port = await freePort();
    const gateway = run(GATEWAY, {
      PORT: String(port),
      HOST: '127.0.0.1',
      USER_SERVICE_URL: replicas.map((r) => r.address).join(','),
      USER_SERVICE_LB: options.policy ?? 'round_robin',
    });
    const http = `http://127.0.0.1:${port}`;
    await waitFor(() => httpOk(`${http}/docs-json`), `gateway ${http}`, gateway, output);

    return {
      http,
      grpcUrl: replicas[0].address,
      adminToken: E2E_ADMIN_TOKEN,
      replicas,
      captureLogs: () => {
        const from = output.length;
        return { text: () => output.slice(from).join(''), restore: () => undefined };
      },
      killReplica: async (index) => {
        const child = replicas[index].process;
        child.kill('SIGKILL');
        await exited(child);
      },
      close: () => stopAll(processes),
    };
  } catch (error) {
    await stopAll(processes);
    throw error;
  }
}

async function stopAll(processes: ChildProcess[]): Promise<void> {
  await Promise.all(
    processes.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
    }),
  );
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitFor(check: () => Promise<boolean>, what: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output.join('')}`);
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} was not healthy within 30 s:\n${output.join('')}`);
}

const HealthClient = makeGenericClientConstructor(healthService, 'Health');

function grpcServing(address: string): Promise<boolean> {
  const client = new HealthClient(address, credentials.createInsecure());
  return new Promise((resolve) => {
    (client as any).Check({ service: '' }, { deadline: Date.now() + 1000 }, (error: unknown, answer: { status?: string }) => {
      client.close();
      resolve(!error && answer?.status === 'SERVING');
    });
  });
}

async function httpOk(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
