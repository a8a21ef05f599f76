import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSUMERS } from '@nestmall/contracts';
import { renderKubernetes } from './kubernetes.js';
import { renderNestCli } from './nest-cli.js';
import { renderSplitCompose } from './split-compose.js';
import { CALLED_CONTEXTS, SERVICE_APPS, developmentDefaults, hostOf } from './topology.js';

const ROOT = join(import.meta.dirname, '../../..');

describe('the split topology', () => {
  it('docker/compose.split.yaml is generated from it and up to date (npm run topology:gen)', () => {
    const committed = readFileSync(join(ROOT, 'docker/compose.split.yaml'), 'utf8');
    expect(committed).toBe(renderSplitCompose());
  });

  it('nest-cli.json is generated from it and libs/, and up to date (npm run topology:gen)', () => {
    const committed = readFileSync(join(ROOT, 'nest-cli.json'), 'utf8');
    expect(committed).toBe(renderNestCli(readdirSync(join(ROOT, 'libs'))));
  });

  it('deploy/k8s is generated from it and up to date (npm run topology:gen)', () => {
    const files = renderKubernetes();
    for (const [path, text] of Object.entries(files))
      expect(`${path}:\n${readFileSync(join(ROOT, 'deploy/k8s', path), 'utf8')}`).toBe(
        `${path}:\n${text}`,
      );
    // No file of an app that is gone from the topology.
    for (const dir of ['base/apps', 'base/migrations'])
      expect(readdirSync(join(ROOT, 'deploy/k8s', dir)).map((f) => `${dir}/${f}`)).toEqual(
        Object.keys(files)
          .filter((p) => p.startsWith(`${dir}/`))
          .sort(),
      );
  });

  it('runs every event consumer in exactly one app', () => {
    const hosted = SERVICE_APPS.flatMap((s) => s.consumers);
    expect([...hosted].sort()).toEqual(Object.values(CONSUMERS).sort());
  });

  it('hosts every context that is called, in one app, with unique ports and databases', () => {
    for (const context of Object.keys(CALLED_CONTEXTS) as (keyof typeof CALLED_CONTEXTS)[])
      expect(SERVICE_APPS.filter((s) => s.contexts.includes(context))).toEqual([hostOf(context)]);
    const ports = SERVICE_APPS.map((s) => s.grpcPort);
    expect(new Set(ports).size).toBe(ports.length);
    const databases = SERVICE_APPS.map((s) => s.database);
    expect(new Set(databases).size).toBe(databases.length);
  });

  it('gives each app its development defaults: its port, its SQLite file, whom it calls', () => {
    expect(developmentDefaults('order-service')).toEqual({
      AUTH_REVOCATIONS: 'redis',
      GRPC_URL: '127.0.0.1:50071',
      PORT: '51071',
      DATABASE_URL: 'sqlite:./data/order-service.sqlite',
      INVENTORY_SERVICE_URL: '127.0.0.1:50061',
      CATALOG_SERVICE_URL: '127.0.0.1:50061',
      MARKETING_SERVICE_URL: '127.0.0.1:50111',
      USER_SERVICE_URL: '127.0.0.1:50051',
      ADMIN_SERVICE_URL: '127.0.0.1:50081',
      THIRDPARTY_SERVICE_URL: '127.0.0.1:50151',
    });
    expect(developmentDefaults('marketing-service')).toMatchObject({
      USER_SERVICE_URL: '127.0.0.1:50051',
      ADMIN_SERVICE_URL: '127.0.0.1:50081',
    });
    expect(developmentDefaults('gateway')).toMatchObject({
      AUTH_REVOCATIONS: 'redis',
      USER_SERVICE_URL: '127.0.0.1:50051',
      ORDER_SERVICE_URL: '127.0.0.1:50071',
    });
    expect(() => developmentDefaults('nope')).toThrow(/not a service app/);
  });
});
