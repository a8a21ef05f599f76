import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, checkCompose, checkDockerfile, interpolate } from './support/containers.js';

/**
 * docker/: the Dockerfile and both compose files, checked without a Docker engine
 * (test/support/containers.ts says how; docker/README.md what is and is not tested here).
 */
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const REQUIRED = { MARIADB_ROOT_PASSWORD: 'rootpass42', ADMIN_TOKEN: 'a-16-char-admin-token' };

describe('docker/ without a Docker engine', () => {
  it('docker/compose.yaml is a valid Compose file, with and without its optional variables', () => {
    expect(checkCompose(read('docker/compose.yaml'), REQUIRED)).toEqual([]);
    expect(checkCompose(read('docker/compose.yaml'), {})).toEqual([]);
  });

  it('docker/compose.split.yaml is valid with its required variables, refused without', () => {
    expect(checkCompose(read('docker/compose.split.yaml'), REQUIRED)).toEqual([]);
    expect(checkCompose(read('docker/compose.split.yaml'), { ADMIN_TOKEN: 'x' })).toEqual([
      'required variable MARIADB_ROOT_PASSWORD is missing a value: set MARIADB_ROOT_PASSWORD',
    ]);
  });

  it('docker/Dockerfile: non-root, a health check, pinned bases, every COPY source exists', () => {
    expect(checkDockerfile(read('docker/Dockerfile'))).toEqual([]);
  });

  it('interpolates as Compose does', () => {
    const env = { SET: 'v', EMPTY: '' };
    expect(
      interpolate('$SET ${SET} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d} ${UNSET:-d} $$SET', env),
    ).toBe('v v d  d d $SET');
    expect(() => interpolate('${EMPTY:?needed}', env)).toThrow(/EMPTY is missing a value: needed/);
    expect(interpolate('${EMPTY?needed}', env)).toBe('');
  });

  describe('catches broken files', () => {
    it('a compose file with an unknown key, a wrong type, a missing service or volume', () => {
      const base = read('docker/compose.yaml');
      expect(
        checkCompose(base.replace('restart: unless-stopped', 'restartt: unless-stopped'), REQUIRED),
      ).toEqual(
        // The anchor is merged into both services.
        ['mall', 'mall-mysql'].map(
          (service) =>
            `/services/${service} must NOT have additional properties {"additionalProperty":"restartt"}`,
        ),
      );
      expect(
        checkCompose(base.replace("- '127.0.0.1:3000:3000'", '- [3000]'), REQUIRED),
      ).not.toEqual([]);
      expect(
        checkCompose(
          base.replace('mariadb:\n        condition', 'mariadbb:\n        condition'),
          REQUIRED,
        ),
      ).toEqual(['service mall-mysql depends on undefined service mariadbb']);
      expect(checkCompose(base.replace('- mall-data:/data', '- mall-dat:/data'), REQUIRED)).toEqual(
        ['service mall refers to undefined volume mall-dat'],
      );
    });

    it('a Dockerfile that runs as root, has no health check, floats its base or copies nothing', () => {
      const broken = read('docker/Dockerfile')
        .replace('USER node', 'USER root')
        .replace(/HEALTHCHECK[^\n]*\\\n[^\n]*\n/, '')
        .replace('FROM node:24-bookworm-slim AS build', 'FROM node AS build')
        .replace('COPY proto proto', 'COPY protos proto');
      expect(checkDockerfile(broken)).toEqual([
        'FROM node: name a tag other than latest',
        'USER root: runs as root',
        'the final stage has no HEALTHCHECK',
        'COPY protos: no such file',
      ]);
    });
  });
});
