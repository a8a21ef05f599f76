import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import amqplib from 'amqplib';
import { GATEWAY, SERVICE_APPS } from '@nestmall/topology';
import { sqliteDatabase } from './support/databases.js';
import {
  docCommands,
  npmScripts,
  ROOT,
  RUN_ELSEWHERE,
  type DocCommand,
} from './support/doc-commands.js';
import { freePort, listeningMonolithForSuite } from './support/mall.js';
import { RABBITMQ_URL, rabbitmqAvailable } from './support/rabbitmq.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every command of README's ```bash blocks, in order. */
const readmeCommands = () => docCommands(README);

/** Run here against a shop on a free port: README's curl commands (and the token they share). */
const runsHere = (c: DocCommand) => /^(TOKEN=\$\()?curl /.test(c.text);

describe("README's commands", () => {
  it('are each run by a test or a CI step', () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThan(8);
    const scripts = npmScripts();
    for (const command of commands.filter((c) => !runsHere(c))) {
      const where = RUN_ELSEWHERE[command.text];
      expect({ command: command.text, runBy: where?.file }).toEqual({
        command: command.text,
        runBy: expect.any(String),
      });
      expect(readFileSync(join(ROOT, where.file), 'utf8')).toContain(where.shows);
      for (const [, name] of command.text.matchAll(/npm run ([\w:-]+)/g))
        expect(scripts).toContain(name);
    }
  });

  describe('Try it, against the monolith', () => {
    const monolith = listeningMonolithForSuite(sqliteDatabase());

    it('answers every curl command as its comment says', async () => {
      const { port } = monolith();
      const commands = readmeCommands().filter(runsHere);
      expect(commands.length).toBeGreaterThanOrEqual(6);
      // One shell for all, so TOKEN=$(...) reaches the commands after it; a marker between answers.
      const script = commands
        .map((c) => `${c.text.replaceAll('localhost:3000', `127.0.0.1:${port}`)}\necho '@@end'`)
        .join('\n');
      const { stdout } = await promisify(execFile)('bash', ['-c', `set -eu\n${script}`], {
        env: { PATH: process.env.PATH ?? '' },
        timeout: 30_000,
      });
      const answers = stdout.split('@@end\n');
      commands.forEach((command, i) => {
        const answer = answers[i].trim();
        expect({ command: command.text, answer }).toEqual({
          command: command.text,
          // never an error body
          answer: expect.not.stringMatching(/"status":\s*[45]\d\d/),
        });
        if (command.expected) expect(answer).toContain(command.expected);
      });
      // The order the README places: 201 with the order.
      expect(answers.join('')).toMatch(/"status":"CREATED"/);
    });
  });

  describe('npm run start:split', () => {
    let available = false;
    const prefix = `nestmall-e2e-readme-${process.pid}`;
    const dir = mkdtempSync(join(tmpdir(), 'nestmall-split-'));

    beforeAll(async () => {
      available = await rabbitmqAvailable('the start:split test');
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('starts every process of the topology, serves the shop, and --clean leaves nothing on RabbitMQ', async () => {
      if (!available) return;
      const port = await freePort();
      const grpcBase = await freePortRange(90);
      const [cardPort, walletPort] = [await freePort(), await freePort()];
      const child = spawn(
        process.execPath,
        ['scripts/start-split.mjs', '--prefix', prefix, '--clean'],
        {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH ?? '',
            PORT: String(port),
            SPLIT_GRPC_PORT_BASE: String(grpcBase),
            LOG_LEVEL: 'warn',
            RABBITMQ_URL,
            // Every service app of the topology on its own SQLite file in the test's directory.
            ...Object.fromEntries(
              SERVICE_APPS.map((s) => [
                `${s.app.toUpperCase().replaceAll('-', '_')}_DATABASE_URL`,
                `sqlite:${dir}/${s.app}.sqlite`,
              ]),
            ),
            REDIS_KEY_PREFIX: prefix,
            // The sandbox payment providers, and the payment-service that calls them.
            PAYMENT_CARD_URL: `http://127.0.0.1:${cardPort}`,
            PAYMENT_WALLET_URL: `http://127.0.0.1:${walletPort}`,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      try {
        const deadline = Date.now() + 120_000;
        while (!output.includes('split topology is up') && Date.now() < deadline) {
          if (child.exitCode !== null) break;
          await new Promise((r) => setTimeout(r, 250));
        }
        expect(output).toContain('split topology is up');
        // One line per process: the gateway and every replica of every service app.
        const apps = [GATEWAY.app, ...SERVICE_APPS.map((s) => s.app)].join('|');
        expect(output.match(new RegExp(`^\\s+(${apps}) `, 'gm'))).toHaveLength(
          1 + SERVICE_APPS.reduce((n, s) => n + s.replicas, 0),
        );
        expect((await fetch(`http://127.0.0.1:${cardPort}/health`)).status).toBe(200);

        const shop = `http://127.0.0.1:${port}`;
        const login = await fetch(`${shop}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ user_name: 'test1', password: '123456' }),
        });
        expect(login.status).toBe(200);
        const user = await fetch(`${shop}/user/info/5`);
        expect(await user.json()).toMatchObject({ user: { user_id: 5, user_name: 'test5' } });
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(0);
      expect(output).toContain(`deleted the exchange ${prefix}.events`);
      const connection = await amqplib.connect(RABBITMQ_URL);
      try {
        const channel = await connection.createChannel();
        channel.on('error', () => undefined);
        await expect(channel.checkExchange(`${prefix}.events`)).rejects.toThrow(/404/);
      } finally {
        await connection.close().catch(() => undefined);
      }
    }, 180_000);
  });
});

/** The first of `count` consecutive free ports in 20000..39999 (the gRPC ports of a split run). */
async function freePortRange(count: number): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((r) => {
      const server = createServer()
        .once('error', () => r(false))
        .listen(port, '127.0.0.1', () => server.close(() => r(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 19_000);
    let all = true;
    for (let p = base; p < base + count && all; p++) all = await isFree(p);
    if (all) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}
