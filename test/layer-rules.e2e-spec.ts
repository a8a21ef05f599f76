import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The layer lint can fail: .dependency-cruiser.cjs, with the repo's own tsconfig "paths", run by
 * the depcruise CLI over fixture libs in a temporary directory. A use case that reaches TypeORM
 * or amqplib through a lib's index, through a ports.ts that leads to an adapter, or through a
 * config file is reported; one that keeps to ports that stay clean is not.
 */
const root = join(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  via?: unknown[];
}

/** Writes `files` under a fresh directory beside the repo's tsconfig paths and node_modules. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nestmall-layer-rules-'));
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        paths: compilerOptions.paths,
      },
    }),
  );
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function violations(dir: string): Promise<Violation[]> {
  const run = promisify(execFile);
  const config = join(root, '.dependency-cruiser.cjs');
  const args = [depcruise, 'libs', '--config', config, '--output-type', 'json'];
  // depcruise exits non-zero when it finds errors; the JSON report is on stdout either way.
  const { stdout } = await run(process.execPath, args, { cwd: dir }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

const rulesOf = (found: Violation[], from: string) =>
  [...new Set(found.filter((v) => v.from === from).map((v) => v.rule.name))].sort();

describe('layer rules (.dependency-cruiser.cjs) on fixtures', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  // A lib whose index exports an adapter on TypeORM beside its port, and a ports.ts with the
  // port only; a second lib whose ports.ts also exports a config file that imports the first
  // lib's index, and a RabbitMQ adapter.
  const libs = {
    'libs/stock/src/application/stock.repository.ts':
      'export abstract class StockRepository { abstract count(): Promise<number>; }\n',
    'libs/stock/src/infrastructure/typeorm-stock.repository.ts': [
      "import type { DataSource } from 'typeorm';",
      "import { StockRepository } from '../application/stock.repository.js';",
      'export class TypeOrmStockRepository extends StockRepository {',
      '  constructor(private readonly dataSource: DataSource) { super(); }',
      '  count(): Promise<number> { return this.dataSource.manager.count("stock"); }',
      '}',
      '',
    ].join('\n'),
    'libs/stock/src/index.ts': [
      "export { StockRepository } from './application/stock.repository.js';",
      "export { TypeOrmStockRepository } from './infrastructure/typeorm-stock.repository.js';",
      '',
    ].join('\n'),
    'libs/stock/src/ports.ts':
      "export { StockRepository } from './application/stock.repository.js';\n",
    'libs/mail/src/mail.config.ts': [
      "import { TypeOrmStockRepository } from '@nestmall/stock';",
      'export const MAIL_CONFIG = { repository: TypeOrmStockRepository.name };',
      '',
    ].join('\n'),
    'libs/mail/src/infrastructure/amqp-mailer.ts':
      "import amqplib from 'amqplib';\nexport const connect = () => amqplib.connect('amqp://x');\n",
    'libs/mail/src/ports.ts': [
      "export { MAIL_CONFIG } from './mail.config.js';",
      "export { connect } from './infrastructure/amqp-mailer.js';",
      '',
    ].join('\n'),
  };

  it('reports a use case that imports a lib through its index, which leads to TypeORM', async () => {
    const dir = fixture({
      ...libs,
      'libs/orders/src/application/count-stock.ts':
        "import { StockRepository } from '@nestmall/stock';\nexport type Port = StockRepository;\n",
    });
    dirs.push(dir);
    const found = await violations(dir);
    expect(rulesOf(found, 'libs/orders/src/application/count-stock.ts')).toEqual([
      'no-transport-reachable-from-use-cases',
      'use-cases-import-libs-through-ports',
    ]);
    const reach = found.find(
      (v) =>
        v.from === 'libs/orders/src/application/count-stock.ts' &&
        v.rule.name === 'no-transport-reachable-from-use-cases',
    );
    expect(reach?.to).toMatch(/node_modules\/typeorm\//);
  });

  it('reports domain code that reaches a transport through a ports.ts, however indirectly', async () => {
    const dir = fixture({
      ...libs,
      'libs/orders/src/domain/order.ts':
        "import { MAIL_CONFIG } from '@nestmall/ports/mail';\nexport const mail = MAIL_CONFIG;\n",
    });
    dirs.push(dir);
    const found = await violations(dir);
    expect(rulesOf(found, 'libs/orders/src/domain/order.ts')).toEqual([
      'no-transport-reachable-from-use-cases',
    ]);
    const reached = found
      .filter((v) => v.from === 'libs/orders/src/domain/order.ts')
      .map((v) => v.to)
      .join('\n');
    // amqplib through the ports' adapter; TypeORM through the config file and stock's index.
    expect(reached).toMatch(/node_modules\/(@types\/)?amqplib/);
    expect(reached).toMatch(/node_modules\/typeorm\//);
  });

  it('passes a use case that keeps to a ports.ts that stays clean of transports', async () => {
    const dir = fixture({
      ...libs,
      'libs/orders/src/application/count-stock.ts': [
        "import { StockRepository } from '@nestmall/ports/stock';",
        'export const count = (stock: StockRepository) => stock.count();',
        '',
      ].join('\n'),
    });
    dirs.push(dir);
    const found = await violations(dir);
    expect(found.filter((v) => v.from.startsWith('libs/orders/'))).toEqual([]);
    // The fixture's own infrastructure may use TypeORM: the rules are about domain/application.
    expect(found).toEqual([]);
  });
});
