import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sqliteDatabase } from './support/databases.js';
import { docCommands, npmScripts, ROOT, RUN_ELSEWHERE } from './support/doc-commands.js';
import { listeningMonolithForSuite } from './support/mall.js';
import { E2E_ADMIN_TOKEN } from './support/shop.js';
import { TEST_TLS_DIR } from './support/tls.js';

/**
 * docs/learn/: the learning path through the course. Every command its pages show either runs
 * here, against a real monolith, in the order of the pages (one shell per page, so a TOKEN=...
 * reaches the commands after it), or is one that starts a shop and is run by the test or CI step
 * that RUN_ELSEWHERE names. A comment after a command that starts with { or " is part of its
 * answer and is checked.
 */
const DIR = join(ROOT, 'docs/learn');
const pages = readdirSync(DIR)
  .filter((f) => /^\d+-.*\.md$/.test(f))
  .sort();

/** Runs here: curl, the course's demo clients, and the operator's read-only tools. */
const runsHere = (text: string) =>
  /^(TOKEN=\$\()?curl /.test(text) ||
  /^(ADMIN_TOKEN=\.\.\. )?npm run (demo:hello|demo:rest-client|check:invariants|dead-letters -- list)\b/.test(
    text,
  );

describe('the learning path (docs/learn)', () => {
  it('has the index and one page per chapter, each linked from the index', () => {
    const index = readFileSync(join(DIR, 'README.md'), 'utf8');
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const page of pages) expect(index).toContain(`(${page})`);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('docs/learn/README.md');
  });

  it('shows only commands that are run here or by a named test or CI step', () => {
    const scripts = npmScripts();
    for (const page of pages) {
      for (const { text } of docCommands(readFileSync(join(DIR, page), 'utf8'))) {
        for (const [, name] of text.matchAll(/npm run ([\w:-]+)/g))
          expect({ page, script: name, known: scripts.includes(name) }).toMatchObject({
            known: true,
          });
        if (runsHere(text)) continue;
        const where = RUN_ELSEWHERE[text];
        expect({ page, command: text, runBy: where?.file }).toEqual({
          page,
          command: text,
          runBy: expect.any(String),
        });
        expect(readFileSync(join(ROOT, where.file), 'utf8')).toContain(where.shows);
      }
    }
  });

  describe('against the monolith', () => {
    const database = sqliteDatabase();
    const monolith = listeningMonolithForSuite(database);

    it.each(pages)(
      '%s: every command answers as its comment says',
      async (page) => {
        const { shop, port } = monolith();
        const commands = docCommands(readFileSync(join(DIR, page), 'utf8')).filter((c) =>
          runsHere(c.text),
        );
        if (commands.length === 0) return;
        const script = commands
          .map(
            (c) =>
              `${c.text.replaceAll('localhost:3000', `127.0.0.1:${port}`).replace('ADMIN_TOKEN=... ', '')}\necho '@@end'`,
          )
          .join('\n');
        const { stdout } = await promisify(execFile)('bash', ['-c', `set -eu\n${script}`], {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH ?? '',
            SHOP_URL: `http://127.0.0.1:${port}`,
            GRPC_URL: shop.grpcUrl.replace('127.0.0.1', 'localhost'),
            GRPC_TLS_DIR: TEST_TLS_DIR,
            ADMIN_TOKEN: E2E_ADMIN_TOKEN,
            DATABASE_URL: database.url,
          },
          timeout: 60_000,
        });
        const answers = stdout.split('@@end\n');
        commands.forEach((command, i) => {
          const answer = answers[i].trim();
          if (command.expected)
            expect({ command: command.text, answer }).toEqual({
              command: command.text,
              answer: expect.stringContaining(command.expected),
            });
          else
            expect({ command: command.text, answer }).toEqual({
              command: command.text,
              // never an error body, and something (an assignment prints nothing)
              answer: command.text.startsWith('TOKEN=')
                ? ''
                : expect.not.stringMatching(/"status":\s*[45]\d\d|^$/),
            });
        });
      },
      90_000,
    );
  });
});
