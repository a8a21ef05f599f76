import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { unavailable } from './needs.js';

/**
 * Renders a kustomize overlay with `kubectl kustomize` (the kustomize built into kubectl; Debian's
 * kubernetes-client package has it too) and validates every object offline: the Kubernetes API
 * objects with kubernetes-models (the Kubernetes 1.27 OpenAPI schemas compiled to ajv
 * validators), the operators' custom resources with ajv against the openAPIV3Schema of their CRD,
 * vendored in deploy/k8s/schemas (deploy/k8s/schemas/README.md names their sources). Unknown
 * fields in a custom resource are errors (as `kubectl apply --validate=strict` would say);
 * an object of a kind no schema covers is an error too, so nothing passes unchecked.
 */
export const ROOT = join(import.meta.dirname, '../..');
export const K8S = join(ROOT, 'deploy/k8s');

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: unknown;
};

export function kubectlAvailable(what: string): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'pipe', timeout: 30_000 });
    return true;
  } catch (error) {
    return unavailable(
      what,
      'kubectl is not installed (Debian: apt-get install kubernetes-client)',
      error,
    );
  }
}

/** `kubectl kustomize <dir>`: the rendered objects. Throws with kustomize's message. */
export function render(dir: string): K8sObject[] {
  const out = execFileSync('kubectl', ['kustomize', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseAllDocuments(out)
    .map((d) => d.toJS() as K8sObject)
    .filter(Boolean);
}

/** The group/version of a core API object -> the kubernetes-models module of its models. */
function modelsModule(apiVersion: string): string {
  return `kubernetes-models/${apiVersion}`;
}

/** CRD schemas made strict: `properties` without `additionalProperties` allows no other key. */
function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-')) continue;
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, strict(v)]))
        : strict(value);
  }
  const s = schema as Record<string, unknown>;
  if (
    s.properties &&
    s.additionalProperties === undefined &&
    !s['x-kubernetes-preserve-unknown-fields']
  )
    out.additionalProperties = false;
  // Every object has apiVersion/kind/metadata, which a CRD's schema leaves loose.
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map<string, ValidateFunction>();
for (const file of readdirSync(join(K8S, 'schemas')).filter((f) => f.endsWith('.json'))) {
  const { apiVersion, kind, schema } = JSON.parse(
    readFileSync(join(K8S, 'schemas', file), 'utf8'),
  ) as { apiVersion: string; kind: string; schema: Record<string, unknown> };
  const rooted = strict(schema) as Record<string, unknown>;
  (rooted.properties as Record<string, unknown>).metadata = { type: 'object' };
  crdValidators.set(`${apiVersion}/${kind}`, ajv.compile(rooted));
}

/** The problems of one object (empty: valid). */
export async function validate(object: K8sObject): Promise<string[]> {
  const where = `${object.kind}/${object.metadata?.name}`;
  const crd = crdValidators.get(`${object.apiVersion}/${object.kind}`);
  if (crd) {
    if (crd(object)) return [];
    return (crd.errors ?? []).map(
      (e) =>
        `${where}: ${e.instancePath || '/'} ${e.message}${e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})` : ''}`,
    );
  }
  let models: Record<string, new (data: unknown) => { validate(): void }>;
  try {
    models = (await import(modelsModule(object.apiVersion))) as typeof models;
  } catch {
    return [`${where}: no schema for apiVersion ${object.apiVersion}`];
  }
  const Model = models[object.kind];
  if (!Model) return [`${where}: no schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
}
