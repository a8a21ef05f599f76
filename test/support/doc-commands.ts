import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** One command of a page's ```bash blocks. */
export interface DocCommand {
  /** The command as the page shows it, continuation lines joined, without its comment. */
  text: string;
  /** The comment after it, when it shows (part of) the answer: `# {"user":...` or `# "Hello"`. */
  expected?: string;
}

/** Every command of a Markdown page's ```bash blocks, in order. */
export function docCommands(markdown: string): DocCommand[] {
  const commands: DocCommand[] = [];
  for (const [, block] of markdown.matchAll(/```bash\n([\s\S]*?)```/g)) {
    let pending = '';
    for (const line of block.split('\n')) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      if (line.endsWith('\\')) {
        pending += line.slice(0, -1);
        continue;
      }
      const [, command, comment] = /^(.*?)(?:\s{2,}#\s?(.*))?$/.exec(pending + line)!;
      pending = '';
      const answer = comment?.trim();
      commands.push({
        text: command.trim(),
        expected: answer && /^[{"]/.test(answer) ? answer : undefined,
      });
    }
  }
  return commands;
}

/**
 * The commands the docs show that a test cannot run as written (they start a shop, or need one
 * with other settings), and where each is run instead: the file, and a string in it that shows
 * it runs that command. Deleting the test or the step makes the docs' tests fail, instead of a
 * page drifting silently.
 */
export const RUN_ELSEWHERE: Record<string, { file: string; shows: string }> = {
  'npm install && npm start': {
    file: 'test/startup-output.e2e-spec.ts',
    shows: "new AppOutput('mall'",
  },
  'npm start': { file: 'test/startup-output.e2e-spec.ts', shows: "new AppOutput('mall'" },
  'npm test': { file: '.ci/run', shows: 'npm test' },
  'npm run demo:rest-client': {
    file: 'test/demo-scripts.e2e-spec.ts',
    shows: 'demo-rest-client.mjs',
  },
  'npm run demo:orders': { file: 'test/demo-scripts.e2e-spec.ts', shows: 'demo-orders.mjs' },
  'npm run demo:shop': { file: 'test/demo-shop.e2e-spec.ts', shows: 'demo-shop.mjs' },
  'npm run start:split': { file: 'test/readme.e2e-spec.ts', shows: "'scripts/start-split.mjs'" },
  'npm run broker:clean': { file: 'scripts/start-split.mjs', shows: "'scripts/broker-clean.mjs'" },
  'ORDER_CONSISTENCY=message npm start': {
    file: 'test/orders-message.e2e-spec.ts',
    shows: "ORDER_CONSISTENCY: 'message'",
  },
  'STOCK_READS=ap npm run start:split': {
    file: 'test/stock-reads-cap.split.e2e-spec.ts',
    shows: "STOCK_READS: 'ap'",
  },
  'ORDER_CONSISTENCY=xa DATABASE_URL=mysql://root@127.0.0.1:3306/nestmall npm start': {
    file: 'test/orders-xa.e2e-spec.ts',
    shows: "ORDER_CONSISTENCY: 'xa'",
  },
  'npm run compare:consistency -- --smoke': {
    file: '.ci/run',
    shows: 'npm run compare:consistency -- --smoke',
  },
  'npm run proto:gen': { file: 'libs/contracts/src/generated.spec.ts', shows: 'proto-gen.mjs' },
  'npm run bench:smoke': { file: '.ci/run', shows: 'npm run bench:smoke' },
};

/** The package.json scripts. */
export function npmScripts(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return Object.keys(pkg.scripts);
}
