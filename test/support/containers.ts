import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

/**
 * Checks of docker/ that need no Docker engine (these machines have none):
 * - compose files: variables interpolated as Compose does (`${X}`, `${X:-default}`, `${X-d}`,
 *   `${X:?message}`, `${X?message}`, `$X`, `$$`), YAML anchors and merge keys resolved, the result
 *   validated with ajv against the Compose Specification's JSON schema (docker/compose-spec.schema.json,
 *   from compose-spec/compose-spec), and its references checked (depends_on services, named volumes);
 *   what `docker compose config` would refuse, short of pulling images or building.
 * - the Dockerfile: our own rules, not hadolint (not installable here): the final stage runs as a
 *   non-root USER and has a HEALTHCHECK, base images name a tag other than latest, and every COPY
 *   from the build context names a file that exists.
 */
export const ROOT = join(import.meta.dirname, '../..');

export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^}]|\}(?=\}))*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (match, braced?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = braced ?? bare!;
      const value = env[name];
      const unset = value === undefined;
      const empty = unset || value === '';
      switch (op) {
        case ':-':
          return empty ? (arg ?? '') : value;
        case '-':
          return unset ? (arg ?? '') : value;
        case ':?':
          if (empty) throw new Error(`required variable ${name} is missing a value: ${arg}`);
          return value;
        case '?':
          if (unset) throw new Error(`required variable ${name} is missing a value: ${arg}`);
          return value;
        default:
          return value ?? '';
      }
    },
  );
}

const schema = JSON.parse(
  readFileSync(join(ROOT, 'docker/compose-spec.schema.json'), 'utf8'),
) as Record<string, unknown>;
delete schema.$schema; // https://json-schema.org/draft-07/schema: ajv's draft-07 is the http URI
const validateSpec = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
  schema,
);

type Compose = {
  services?: Record<
    string,
    { depends_on?: string[] | Record<string, unknown>; volumes?: (string | object)[] }
  >;
  volumes?: Record<string, unknown>;
};

/** The problems of a compose file given the environment (empty: valid). */
export function checkCompose(text: string, env: Record<string, string | undefined>): string[] {
  let model: Compose;
  try {
    model = parse(interpolate(text, env), { merge: true }) as Compose;
  } catch (error) {
    return [(error as Error).message];
  }
  if (!validateSpec(model))
    return (validateSpec.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
    );
  const problems: string[] = [];
  const services = model.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    const deps = Array.isArray(service.depends_on)
      ? service.depends_on
      : Object.keys(service.depends_on ?? {});
    for (const dep of deps)
      if (!services[dep]) problems.push(`service ${name} depends on undefined service ${dep}`);
    for (const volume of service.volumes ?? []) {
      if (typeof volume !== 'string') continue;
      const source = volume.split(':')[0];
      if (/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) && !(source in (model.volumes ?? {})))
        problems.push(`service ${name} refers to undefined volume ${source}`);
    }
  }
  return problems;
}

/** The problems of a Dockerfile against our rules (empty: none). */
export function checkDockerfile(text: string): string[] {
  const instructions = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [word, ...rest] = l.split(/\s+/);
      return { op: word.toUpperCase(), args: rest.join(' ') };
    });
  const problems: string[] = [];
  const froms = instructions.filter((i) => i.op === 'FROM');
  if (froms.length === 0) return ['no FROM'];
  for (const from of froms) {
    const image = from.args.split(/\s+/)[0];
    if (!/:[^/]+$/.test(image) || image.endsWith(':latest'))
      problems.push(`FROM ${image}: name a tag other than latest`);
  }
  const last = instructions.lastIndexOf(froms[froms.length - 1]);
  const final = instructions.slice(last);
  const user = final.filter((i) => i.op === 'USER').pop();
  if (!user) problems.push('the final stage sets no USER: it would run as root');
  else if (/^(root|0)(:|$)/.test(user.args)) problems.push(`USER ${user.args}: runs as root`);
  if (!final.some((i) => i.op === 'HEALTHCHECK' && !/^NONE\b/i.test(i.args)))
    problems.push('the final stage has no HEALTHCHECK');
  for (const copy of instructions.filter((i) => i.op === 'COPY' || i.op === 'ADD')) {
    const words = copy.args.split(/\s+/);
    if (words.some((w) => w.startsWith('--from='))) continue;
    const sources = words.filter((w) => !w.startsWith('--')).slice(0, -1);
    for (const source of sources)
      if (!existsSync(join(ROOT, source))) problems.push(`${copy.op} ${source}: no such file`);
  }
  return problems;
}
