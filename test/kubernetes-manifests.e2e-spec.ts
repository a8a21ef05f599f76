import { cpSync, mkdtempSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALLED_CONTEXTS, GATEWAY, SERVICE_APPS, hostOf } from '@nestmall/topology';
import { K8S, kubectlAvailable, render, validate, type K8sObject } from './support/kubernetes.js';

/**
 * deploy/k8s (generated from libs/topology: `npm run topology:gen`): every overlay renders with
 * `kubectl kustomize` and every object it yields is valid against the Kubernetes schemas or its
 * operator's CRD schema (test/support/kubernetes.ts); the objects say what the topology says; and
 * broken manifests are caught (the checks can fail).
 */
const OVERLAYS = ['development', 'production'] as const;

type Container = {
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  securityContext?: Record<string, unknown>;
  resources?: { requests?: object; limits?: object };
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
};
const podSpec = (o: K8sObject) =>
  (o.spec as { template: { spec: { containers: Container[]; securityContext: object } } }).template
    .spec;

if (!kubectlAvailable('the Kubernetes manifests suite')) {
  it.skip('Kubernetes manifests: kubectl is missing, see the warning above', () => undefined);
} else {
  describe('the Kubernetes manifests (deploy/k8s)', () => {
    let work: string;
    const rendered: Record<string, K8sObject[]> = {};

    beforeAll(() => {
      // The development overlay reads its passwords from the git-ignored secrets.env: render a
      // copy with the example's placeholders.
      work = mkdtempSync(join(tmpdir(), 'nestmall-k8s-'));
      cpSync(K8S, work, { recursive: true });
      const dev = join(work, 'overlays/development');
      copyFileSync(join(dev, 'secrets.env.example'), join(dev, 'secrets.env'));
      for (const overlay of OVERLAYS) rendered[overlay] = render(join(work, 'overlays', overlay));
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const find = (overlay: string, kind: string, name: string) =>
      rendered[overlay].find((o) => o.kind === kind && o.metadata.name === name);

    it.each(OVERLAYS)('%s: every object is valid against its schema', async (overlay) => {
      const objects = rendered[overlay];
      const problems = (await Promise.all(objects.map(validate))).flat();
      expect(problems).toEqual([]);
      const kinds = new Map<string, number>();
      for (const o of objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
      console.log(
        `overlays/${overlay}: ${objects.length} objects valid: ` +
          [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', '),
      );
      // Namespaced objects all land in the overlay's namespace.
      const namespace = overlay === 'production' ? 'nestmall' : 'nestmall-dev';
      for (const o of objects.filter((o) => o.kind !== 'Namespace'))
        expect(`${o.kind}/${o.metadata.name} in ${o.metadata.namespace}`).toBe(
          `${o.kind}/${o.metadata.name} in ${namespace}`,
        );
    });

    it.each(OVERLAYS)(
      '%s: each app of the topology has its Deployment, Service, HPA, PDB, NetworkPolicy and migration Job',
      (overlay) => {
        for (const s of SERVICE_APPS) {
          for (const kind of [
            'Deployment',
            'Service',
            'HorizontalPodAutoscaler',
            'PodDisruptionBudget',
            'NetworkPolicy',
          ])
            expect(`${kind}/${s.app}: ${Boolean(find(overlay, kind, s.app))}`).toBe(
              `${kind}/${s.app}: true`,
            );
          expect(find(overlay, 'Job', `${s.app}-migrate`)).toBeDefined();
          // Headless, so that the callers' channels see every pod.
          expect(find(overlay, 'Service', s.app)?.spec).toMatchObject({ clusterIP: 'None' });
          const pod = podSpec(find(overlay, 'Deployment', s.app)!);
          const [container] = pod.containers;
          expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
          expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
          expect(container.resources?.requests).toBeDefined();
          expect(container.resources?.limits).toBeDefined();
          expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
          expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false });
          const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
          expect(env.MIGRATIONS).toBe('skip');
          for (const context of s.calls) {
            const host = hostOf(context);
            expect(env[CALLED_CONTEXTS[context].urlVariable]).toBe(
              `dns:///${host.app}:${host.grpcPort}`,
            );
          }
          const job = podSpec(find(overlay, 'Job', `${s.app}-migrate`)!).containers[0];
          expect(job.env?.find((e) => e.name === 'MIGRATIONS')?.value).toBe('only');
        }
        expect(find(overlay, 'Deployment', GATEWAY.app)).toBeDefined();
      },
    );

    it('allows gRPC into an app only from the apps the topology says call it', () => {
      const ingressFrom = (app: string) => {
        const policy = find('production', 'NetworkPolicy', app)!;
        const rules = (
          policy.spec as {
            ingress: {
              from: { podSelector?: { matchLabels: Record<string, string> } }[];
              ports: { port: number }[];
            }[];
          }
        ).ingress;
        const grpcPort = SERVICE_APPS.find((s) => s.app === app)!.grpcPort;
        return rules
          .filter((r) => r.ports.some((p) => p.port === grpcPort))
          .flatMap((r) => r.from.map((f) => f.podSelector?.matchLabels['app.kubernetes.io/name']))
          .sort();
      };
      expect(ingressFrom('order-service')).toEqual(
        ['cart-service', 'gateway', 'im-service', 'payment-service'].sort(),
      );
      expect(ingressFrom('verification-service')).toEqual(['gateway', 'user-service']);
      expect(ingressFrom('inventory-service')).toEqual(
        ['cart-service', 'gateway', 'order-service', 'ranking-service'].sort(),
      );
      // The IM's HTTP port (its WebSocket and chat routes) is for any client, as the gateway's;
      // another service app's HTTP port (health, metrics) only for the monitoring namespace.
      const httpIngress = (app: string) => {
        const port = SERVICE_APPS.find((s) => s.app === app)!.grpcPort + 1000;
        return (
          find('production', 'NetworkPolicy', app)!.spec as {
            ingress: { from?: unknown[]; ports: { port: number }[] }[];
          }
        ).ingress.filter((r) => r.ports.some((p) => p.port === port));
      };
      expect(httpIngress('im-service')).toEqual([{ ports: [{ protocol: 'TCP', port: 51141 }] }]);
      expect(httpIngress('order-service')).toEqual([
        expect.objectContaining({
          from: [expect.objectContaining({ namespaceSelector: expect.anything() })],
        }),
      ]);
      // Every other pod of ours: denied unless a policy allows it.
      expect(find('production', 'NetworkPolicy', 'nestmall-default-deny')?.spec).toMatchObject({
        policyTypes: ['Ingress', 'Egress'],
      });
    });

    it('sends traces to the collector in production only, naming the app and its pod', () => {
      const config = (overlay: string) =>
        (find(overlay, 'ConfigMap', 'nestmall-config') ??
          rendered[overlay].find(
            (o) => o.kind === 'ConfigMap' && /^nestmall-config/.test(o.metadata.name),
          ))!.data as Record<string, string>;
      expect(config('production')).toMatchObject({
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector.monitoring.svc:4318',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      });
      expect(config('development').OTEL_TRACES_EXPORTER).toBe('none');
      for (const app of [...SERVICE_APPS.map((s) => s.app), GATEWAY.app]) {
        const [container] = podSpec(find('production', 'Deployment', app)!).containers;
        const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
        expect({ app, name: env.OTEL_SERVICE_NAME }).toEqual({ app, name: app });
        expect(env.OTEL_RESOURCE_ATTRIBUTES).toContain('k8s.pod.name=$(K8S_POD_NAME)');
        // The default-deny policy would drop the spans: each app may reach the collector's port.
        const egress = (
          find('production', 'NetworkPolicy', app)!.spec as {
            egress: { to?: { namespaceSelector?: unknown }[]; ports?: { port: number }[] }[];
          }
        ).egress;
        expect({
          app,
          collector: egress.some(
            (r) => r.ports?.some((p) => p.port === 4318) && r.to?.[0]?.namespaceSelector,
          ),
        }).toEqual({ app, collector: true });
      }
    });

    it('runs the stateful parts through their operators, replicated in production', () => {
      expect(find('production', 'RabbitmqCluster', 'rabbitmq')?.spec).toMatchObject({
        replicas: 3,
      });
      expect(find('production', 'MariaDB', 'mariadb')?.spec).toMatchObject({
        replicas: 3,
        replication: { enabled: true },
      });
      expect(find('production', 'RedisReplication', 'redis')?.spec).toMatchObject({
        clusterSize: 3,
      });
      expect(find('development', 'RabbitmqCluster', 'rabbitmq')?.spec).toMatchObject({
        replicas: 1,
      });
      const config = rendered.production.find(
        (o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('nestmall-config'),
      );
      expect(config?.data).toMatchObject({ RABBITMQ_QUEUE_TYPE: 'quorum' });
      for (const s of SERVICE_APPS) {
        expect(find('production', 'Database', s.database.replaceAll('_', '-'))).toBeDefined();
        expect(find('production', 'Grant', s.app)?.spec).toMatchObject({ database: s.database });
      }
    });

    it('commits no secret: production renders no Secret, development only from secrets.env', () => {
      expect(rendered.production.filter((o) => o.kind === 'Secret')).toEqual([]);
      const secrets = rendered.development.filter((o) => o.kind === 'Secret');
      expect(secrets.map((s) => s.metadata.name)).toEqual(['nestmall-db']);
    });

    describe('catches broken manifests', () => {
      const deployment = () =>
        structuredClone(find('production', 'Deployment', 'order-service')!) as K8sObject & {
          spec: Record<string, unknown>;
        };

      it('a Deployment whose replicas is not a number', async () => {
        const broken = deployment();
        broken.spec.replicas = 'three';
        expect(await validate(broken)).toEqual([
          'Deployment/order-service: data/spec/replicas must be integer',
        ]);
      });

      it('an unknown field, a wrong type and a missing field in an operator resource', async () => {
        const cluster = structuredClone(find('production', 'RabbitmqCluster', 'rabbitmq')!);
        (cluster.spec as Record<string, unknown>).replicaz = 3;
        (cluster.spec as Record<string, unknown>).replicas = 'three';
        const grant = structuredClone(find('production', 'Grant', 'order-service')!);
        delete (grant.spec as Record<string, unknown>).privileges;
        const problems = [...(await validate(cluster)), ...(await validate(grant))].join('\n');
        expect(problems).toContain(
          'RabbitmqCluster/rabbitmq: /spec must NOT have additional properties (replicaz)',
        );
        expect(problems).toContain('RabbitmqCluster/rabbitmq: /spec/replicas must be integer');
        expect(problems).toContain(
          "Grant/order-service: /spec must have required property 'privileges'",
        );
      });

      it('an object of a kind no schema covers', async () => {
        expect(
          await validate({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }),
        ).toEqual(['Widget/w: no schema for apiVersion example.com/v1']);
      });

      it('an overlay that does not render (a resource file missing)', () => {
        const dir = join(work, 'broken');
        mkdirSync(dir);
        writeFileSync(join(dir, 'kustomization.yaml'), 'resources: [missing.yaml]\n');
        expect(() => render(dir)).toThrow(/missing\.yaml/);
      });
    });
  });
}
