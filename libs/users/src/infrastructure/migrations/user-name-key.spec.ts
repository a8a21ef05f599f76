import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseOptions } from '@nestmall/platform';
import { DataSource } from 'typeorm';
import { CreateTsUser1764050000000 } from './1764050000000-create-ts-user.js';
import { UserNameKey1764130000000 } from './1764130000000-user-name-key.js';

/** A database made before user_name_key, then migrated: every existing name gets its key. */
describe('migration UserNameKey1764130000000', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-migration-'));
  const open = async (migrations: Function[]) => {
    const url = `sqlite:${join(dir, 'users.sqlite')}`;
    return new DataSource(databaseOptions({ url, entities: [], migrations })).initialize();
  };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('backfills the key of existing users and then refuses a name differing only in case', async () => {
    const before = await open([CreateTsUser1764050000000]);
    await before.query(
      "INSERT INTO ts_user (user_name, user_pwd, user_mobile, created_at, updated_at) VALUES ('Alice_01', 'h', '13800138000', '2026-01-01', '2026-01-01')",
    );
    await before.destroy();
    const db = await open([CreateTsUser1764050000000, UserNameKey1764130000000]);
    try {
      expect(await db.query('SELECT user_name, user_name_key FROM ts_user')).toEqual([
        { user_name: 'Alice_01', user_name_key: 'alice_01' },
      ]);
      await expect(
        db.query(
          "INSERT INTO ts_user (user_name, user_name_key, user_pwd, user_mobile, created_at, updated_at) VALUES ('ALICE_01', 'alice_01', 'h', '1', '2026-01-01', '2026-01-01')",
        ),
      ).rejects.toThrow(/UNIQUE/);
    } finally {
      await db.destroy();
    }
  });
});
