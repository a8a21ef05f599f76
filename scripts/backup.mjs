#!/usr/bin/env node
// `npm run backup -- create|restore|verify`: backs up and restores the shop's databases.
//   create  --to DIR [--split] [URL ...]   one file per database in DIR, and DIR/manifest.json
//   restore --from DIR [--force]           each database back from its file (the apps stopped)
//   verify  --from DIR                     the files are there and match their checksums
// Which databases: the URLs given; else, with --split, every service app of the topology (its
// <APP>_DATABASE_URL, else its development default sqlite:./data/<app>.sqlite); else DATABASE_URL,
// else the monolith's sqlite:./data/nestmall.sqlite.
// SQLite: SQLite's online backup (better-sqlite3's db.backup), safe while the app runs. MySQL /
// MariaDB: mariadb-dump (or mysqldump) --single-transaction, a consistent snapshot of one
// database without locking the shop; restore pipes the file to mariadb (or mysql). Each
// database is its own snapshot: across the split topology's databases a backup is not one cut in
// time. docs/runbook.md says what that means and what to run after a restore.
// Passwords are passed to the tools in MYSQL_PWD, never on a command line; manifest.json keeps
// the URLs with the password hidden. Exit 0 when done, 1 when it failed, 2 on bad usage.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';

const root = resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run backup -- create --to DIR [--split] [URL ...] | restore --from DIR [--force] | verify --from DIR';

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
const options = { urls: [], split: false, force: false };
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i];
  if (arg === '--to' || arg === '--from') options.dir = rest[++i];
  else if (arg === '--split') options.split = true;
  else if (arg === '--force') options.force = true;
  else if (/^(sqlite|mysql|mariadb):/.test(arg)) options.urls.push(arg);
  else fail(`unknown argument ${arg}\n${USAGE}`, 2);
}
if (!['create', 'restore', 'verify'].includes(command) || !options.dir) fail(USAGE, 2);
const dir = resolve(options.dir);

/** The URL with its password hidden (for the manifest and the output). */
const redact = (url) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

async function databasesToBackUp() {
  if (options.urls.length > 0) return options.urls;
  if (options.split) {
    const topology = join(root, 'dist/libs/topology/src/index.js');
    if (!existsSync(topology)) fail('dist/ is missing: run `npm run build` first', 2);
    const { SERVICE_APPS, developmentDefaults } = await import(topology);
    return SERVICE_APPS.map(
      (s) =>
        process.env[`${s.app.toUpperCase().replaceAll('-', '_')}_DATABASE_URL`] ??
        developmentDefaults(s.app).DATABASE_URL,
    );
  }
  return [process.env.DATABASE_URL || 'sqlite:./data/nestmall.sqlite'];
}

/** mysql://user:password@host:port/name -> the client tools' options (the password in MYSQL_PWD). */
function mysqlClient(url) {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!name) fail(`${redact(url)} names no database`, 2);
  return {
    name,
    args: [
      `--host=${u.hostname}`,
      `--port=${u.port || 3306}`,
      `--user=${decodeURIComponent(u.username || 'root')}`,
    ],
    env: { ...process.env, MYSQL_PWD: decodeURIComponent(u.password) },
  };
}

/** The first of the tools that is installed (MariaDB's names first, then MySQL's). */
function tool(...names) {
  for (const name of names)
    if (spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0) return name;
  fail(`none of ${names.join(', ')} is installed (Debian: apt-get install mariadb-client)`);
}

function run(program, args, { env, stdin, stdout }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const output = stdout ? pipeline(child.stdout, stdout) : Promise.resolve(child.stdout.resume());
    const input = stdin ? pipeline(stdin, child.stdin) : Promise.resolve(child.stdin.end());
    child.on('error', reject);
    child.on('close', async (code) => {
      await Promise.allSettled([output, input]);
      if (code === 0) resolvePromise();
      else reject(new Error(`${program} exited ${code}: ${stderr.trim().split('\n').at(-1)}`));
    });
  });
}

async function sha256(file) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

async function create() {
  const urls = await databasesToBackUp();
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, 'manifest.json'))) fail(`${dir} already holds a backup`, 2);
  const entries = [];
  for (const url of urls) {
    const started = Date.now();
    let file;
    if (url.startsWith('sqlite:')) {
      const path = resolve(url.slice('sqlite:'.length));
      if (!existsSync(path)) fail(`${url}: no such file`);
      file = `${basename(path, '.sqlite')}.sqlite`;
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        await db.backup(join(dir, file));
      } finally {
        db.close();
      }
    } else {
      const client = mysqlClient(url);
      file = `${client.name}.sql`;
      await run(
        tool('mariadb-dump', 'mysqldump'),
        [
          ...client.args,
          '--single-transaction',
          '--routines',
          '--triggers',
          '--hex-blob',
          '--databases',
          client.name,
        ],
        { env: client.env, stdout: createWriteStream(join(dir, file)) },
      );
    }
    entries.push({ url: redact(url), file, sha256: await sha256(join(dir, file)) });
    console.log(`backed up ${redact(url)} -> ${join(dir, file)} (${Date.now() - started} ms)`);
  }
  const manifest = { created_at: new Date().toISOString(), databases: entries };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${entries.length} database(s) in ${dir}`);
}

async function readManifest() {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) fail(`${dir} holds no backup (no manifest.json)`);
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  for (const entry of manifest.databases) {
    const file = join(dir, entry.file);
    if (!existsSync(file)) fail(`${entry.file} is missing from ${dir}`);
    if ((await sha256(file)) !== entry.sha256) fail(`${entry.file} does not match its checksum`);
  }
  return manifest;
}

async function restore() {
  const manifest = await readManifest();
  // A URL given on the command line (with its password) replaces the manifest's redacted one.
  const given = await databasesToBackUp();
  for (const entry of manifest.databases) {
    const url =
      given.find((u) => redact(u) === entry.url) ?? (entry.url.includes('***') ? null : entry.url);
    if (!url) fail(`${entry.url}: give its URL with the password to restore it`, 2);
    if (url.startsWith('sqlite:')) {
      const path = resolve(url.slice('sqlite:'.length));
      if (existsSync(path) && !options.force)
        fail(`${path} exists: stop the app, then restore with --force to replace it`, 2);
      // The old file's journal must not be replayed onto the restored one.
      for (const suffix of ['-wal', '-shm', '-journal']) await rm(path + suffix, { force: true });
      await copyFile(join(dir, entry.file), path);
    } else {
      const client = mysqlClient(url);
      if (!options.force)
        fail(`${entry.url}: restoring replaces the database's tables; add --force`, 2);
      await run(tool('mariadb', 'mysql'), client.args, {
        env: client.env,
        stdin: createReadStream(join(dir, entry.file)),
      });
    }
    console.log(`restored ${entry.url} from ${entry.file}`);
  }
  console.log(
    `${manifest.databases.length} database(s) restored as of ${manifest.created_at}; ` +
      'start the apps, then run `npm run check:invariants`',
  );
}

try {
  if (command === 'create') await create();
  else if (command === 'restore') await restore();
  else {
    const manifest = await readManifest();
    console.log(
      `${manifest.databases.length} database(s), checksums match (${manifest.created_at})`,
    );
  }
} catch (error) {
  fail(`backup ${command} failed: ${error.message}`);
}
