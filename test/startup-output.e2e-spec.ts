import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY } from '@nestmall/topology';
import { AppOutput } from './support/app-output.js';
import { freePort } from './support/mall.js';

// `npm start` adds 4 lines of its own (a blank line, "> nestmall@0.1.0 start", the command, a
// blank line) before the app's: the app may print 10 for the whole to stay under 15.
const NPM_HEADER_LINES = 4;
const LISTINGS =
  /\[(InstanceLoader|RoutesResolver|RouterExplorer|NestFactory|NestApplication|WebSocketsController)\]/;
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

describe('what the monolith prints (the built app, as npm start runs it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-startup-'));
  const database = `sqlite:${join(dir, 'nestmall.sqlite')}`;
  let app: AppOutput | undefined;

  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a first start: fewer than 15 lines with npm, no listings, no colours in a pipe; then one line per request', async () => {
    const port = await freePort();
    app = new AppOutput('mall', {
      PORT: String(port),
      HOST: '127.0.0.1',
      GRPC_URL: `127.0.0.1:${await freePort()}`,
      DATABASE_URL: database,
    });
    await app.waitFor(/Database {4}sqlite:/);
    const startLines = [...app.lines];
    expect(startLines.length + NPM_HEADER_LINES).toBeLessThan(15);
    expect(startLines.join('\n')).toMatch(/REST {8}http:\/\/localhost:\d+/);
    expect(startLines.join('\n')).not.toMatch(LISTINGS);
    expect(startLines.join('\n')).not.toMatch(ANSI);

    const answer = await fetch(`http://127.0.0.1:${port}/user/info/5?page=1&access_token=t0p`, {
      headers: { 'X-Request-Id': 'startup-e2e-1' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('startup-e2e-1');
    const line = await app.waitFor(/\[HTTP\]/);
    expect(line).toMatch(
      /\[HTTP\] GET \/user\/info\/5\?page=1&access_token=\*\*\* 200 \d+\.\dms startup-e2e-1$/,
    );
    expect(app.text()).not.toContain('t0p');
  });

  it('LOG_LEVEL=debug brings the listings back; LOG_FORMAT=json writes one JSON object a line; ACCESS_LOG=off', async () => {
    const port = await freePort();
    app = new AppOutput('mall', {
      PORT: String(port),
      HOST: '127.0.0.1',
      GRPC_URL: `127.0.0.1:${await freePort()}`,
      DATABASE_URL: database,
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      FORCE_COLOR: '1',
      ACCESS_LOG: 'off',
    });
    await app.waitFor(/Database {4}sqlite:/);
    const answer = await fetch(`http://127.0.0.1:${port}/user/info/5`);
    expect(answer.headers.get('x-request-id')).toBeNull();
    await app.stop();
    const records = app.lines.map((line) => JSON.parse(line));
    expect(records.filter((r) => r.context === 'HTTP')).toEqual([]);
    expect(records).toContainEqual(
      expect.objectContaining({ level: 'debug', context: 'RouterExplorer' }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ level: 'log', context: 'nestmall', message: expect.any(String) }),
    );
    expect(app.text()).not.toMatch(ANSI);
  });
});

describe('what the gateway prints', () => {
  let app: AppOutput | undefined;
  afterAll(() => app?.stop());

  it('a short banner, then one access-log line per request', async () => {
    const port = await freePort();
    // No service behind it: the gateway starts anyway and serves its documents.
    app = new AppOutput('gateway', { PORT: String(port), HOST: '127.0.0.1', ACCESS_LOG: 'on' });
    // TLS, REST, then one line per context it calls (the last is the topology's last).
    await app.waitFor(new RegExp(`\\] ${GATEWAY.calls.at(-1)} +-> `));
    // A first start in a fresh clone also says it made the gateway's development certificate
    // (data/tls is shared with every other test: which app comes first varies).
    const banner = app.lines.filter((l) => !/made a certificate for gateway in /.test(l));
    expect(app.lines.length - banner.length).toBeLessThanOrEqual(1);
    expect(banner.length).toBeLessThanOrEqual(2 + GATEWAY.calls.length);
    expect(app.text()).not.toMatch(LISTINGS);
    const answer = await fetch(`http://127.0.0.1:${port}/docs-json?api_key=k3y`);
    expect(answer.status).toBe(200);
    const id = answer.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await app.waitFor(/\[HTTP\]/)).toMatch(
      new RegExp(`\\[HTTP\\] GET /docs-json\\?api_key=\\*\\*\\* 200 \\d+\\.\\dms ${id}$`),
    );
  });
});

describe('a start that fails says which setting to change, in one line, and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-startup-'));
  const aFile = join(dir, 'a-file');
  writeFileSync(aFile, '');
  let blocker: Server | undefined;

  afterAll(async () => {
    await new Promise((r) => (blocker ? blocker.close(r) : r(undefined)));
    rmSync(dir, { recursive: true, force: true });
  });

  async function failedStart(env: Record<string, string>): Promise<string> {
    const started = Date.now();
    const app = new AppOutput('mall', {
      PORT: String(await freePort()),
      GRPC_URL: `127.0.0.1:${await freePort()}`,
      DATABASE_URL: `sqlite:${join(dir, 'ok.sqlite')}`,
      ...env,
    });
    const code = await app.exited;
    expect({ code, output: app.text() }).toEqual({ code: 1, output: expect.any(String) });
    // A few seconds, most of them loading the app on a busy machine; TypeORM used to retry 5 x 2 s.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(app.lines).toHaveLength(1);
    expect(app.text()).not.toMatch(/successfully started|\n\s+at /);
    return app.lines[0];
  }

  it('PORT=abc', async () => {
    expect(await failedStart({ PORT: 'abc' })).toMatch(
      /FATAL \[nestmall\] failed to start: Invalid configuration: PORT must be a port number 1\.\.65535, got "abc"$/,
    );
  });

  it('DATABASE_URL with nothing listening (and a password, which is not shown)', async () => {
    const line = await failedStart({ DATABASE_URL: 'mysql://root:hunter2@127.0.0.1:1/x' });
    expect(line).toMatch(
      /failed to start: DATABASE_URL mysql:\/\/root:\*\*\*@127\.0\.0\.1:1\/x: nothing listens there \(ECONNREFUSED\)\. Start the server/,
    );
  });

  it('DATABASE_URL in a folder that cannot be made (part of the path is a file)', async () => {
    const line = await failedStart({ DATABASE_URL: `sqlite:${aFile}/sub/x.sqlite` });
    expect(line).toContain(`failed to start: DATABASE_URL sqlite:${aFile}/sub/x.sqlite: `);
    expect(line).toMatch(/\(ENOTDIR\)\. Set DATABASE_URL to sqlite:<a file in a writable folder>$/);
  });

  it('DATABASE_URL in a folder nobody may write', async () => {
    // /proc refuses new files even to root, for whom a chmod'ed folder would still be writable.
    const line = await failedStart({ DATABASE_URL: 'sqlite:/proc/nestmall-e2e.sqlite' });
    expect(line).toMatch(/DATABASE_URL sqlite:\/proc\/nestmall-e2e\.sqlite: .*\(SQLITE_CANTOPEN\)/);
  });

  it('GRPC_URL on a port another process holds', async () => {
    blocker = createServer();
    const port = await new Promise<number>((r) =>
      blocker!.listen(0, '127.0.0.1', () => r((blocker!.address() as { port: number }).port)),
    );
    const line = await failedStart({ GRPC_URL: `127.0.0.1:${port}` });
    expect(line).toMatch(
      new RegExp(
        `failed to start: GRPC_URL 127\\.0\\.0\\.1:${port}: cannot listen there: already in use`,
      ),
    );
  });
});
