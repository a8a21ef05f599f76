import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';

/**
 * MIGRATIONS=only, what the Kubernetes migration Job runs (docs/deploy.md): the built app runs
 * its migrations on its database and exits 0 without serving (needs `npm run build`).
 */
const ROOT = join(import.meta.dirname, '..');

describe('MIGRATIONS=only (the migration Job)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'nestmall-migrate-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the app migrations, then exits 0 without listening', async () => {
    const file = join(dir, 'verification.sqlite');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'dist/apps/verification-service/src/main.js')],
      {
        cwd: dir,
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          MIGRATIONS: 'only',
          DATABASE_URL: `sqlite:${file}`,
          GRPC_TLS_DIR: join(dir, 'tls'),
          // Ports of this helper's range; nothing may listen on them.
          GRPC_URL: '127.0.0.1:4102',
          PORT: '4103',
          RABBITMQ_URL: 'amqp://guest:guest@127.0.0.1:1',
        },
      },
    );
    expect(stdout).toContain('MIGRATIONS=only: the migrations ran; exiting');
    expect(stdout).not.toContain('Operations');
    const db = new Database(file, { readonly: true });
    try {
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM migrations').get() as { n: number };
      expect(n).toBeGreaterThan(0);
      // The context's own tables exist (the outbox of its messaging, here).
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name = 'messaging_outbox'").get(),
      ).toBeDefined();
    } finally {
      db.close();
    }
  });
});
