import { stringify } from 'yaml';
import {
  CALLED_CONTEXTS,
  GATEWAY,
  OPERATIONS_PORT_OFFSET,
  SERVICE_APPS,
  hostOf,
  type ServiceApp,
} from './topology.js';

/**
 * deploy/k8s, generated from the topology (`npm run topology:gen`): a kustomize base with a
 * Deployment, a headless Service, a HorizontalPodAutoscaler, a PodDisruptionBudget, a
 * NetworkPolicy and a migration Job per service app, the gateway, the shared ConfigMap, and the
 * stateful parts as their operators' resources (RabbitmqCluster, mariadb-operator's MariaDB with
 * replication and a Database, User and Grant per service, a RedisReplication); and the overlays
 * development and production. A new service app in topology.ts appears here by itself.
 * docs/deploy.md says how to apply it; test/kubernetes-manifests.e2e-spec.ts renders every overlay
 * with `kubectl kustomize` and validates every object.
 */

const PART_OF = 'nestmall';
const IMAGE = 'nestmall';
/** Names of the stateful parts (their operators name the Services and Secrets after them). */
const RABBITMQ = 'rabbitmq';
const MARIADB = 'mariadb';
const REDIS = 'redis';
/** mariadb-operator's Service that always points at the primary (writes). */
const MARIADB_PRIMARY = `${MARIADB}-primary`;
/** The Secret holding each service's database password, one key per app (not committed). */
const DB_SECRET = 'nestmall-db';
/** A Secret of optional extra variables per app (ADMIN_TOKEN, provider keys...): not committed. */
const envSecret = (app: string) => `nestmall-${app}-env`;
/** Its gRPC certificate and the CA's (ca.crt, <app>.crt, <app>.key): not committed. */
const tlsSecret = (app: string) => `nestmall-tls-${app}`;
const GATEWAY_TARGET_PORT = GATEWAY.httpPort;

type Obj = Record<string, unknown>;

const labels = (app: string, component: string) => ({
  'app.kubernetes.io/name': app,
  'app.kubernetes.io/part-of': PART_OF,
  'app.kubernetes.io/component': component,
});
const selector = (app: string) => ({ 'app.kubernetes.io/name': app });

/** The MariaDB user of an app (its name: mariadb-operator's User spec.name). */
const dbUser = (s: ServiceApp) => s.app;
/** Kubernetes names allow no underscore: mall_order -> mall-order. */
const k8sName = (database: string) => database.replaceAll('_', '-');

/** *_SERVICE_URL of the contexts `calls`: every pod of the host, by DNS (see ReplicaPool). */
function serviceUrlEnv(calls: readonly (keyof typeof CALLED_CONTEXTS)[]) {
  return calls.map((context) => {
    const host = hostOf(context);
    return {
      name: CALLED_CONTEXTS[context].urlVariable,
      value: `dns:///${host.app}:${host.grpcPort}`,
    };
  });
}

const securityContext = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};
const podSecurityContext = {
  runAsNonRoot: true,
  // The image's `node` user.
  runAsUser: 1000,
  runAsGroup: 1000,
  fsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};

const resources = {
  requests: { cpu: '100m', memory: '192Mi' },
  limits: { cpu: '1', memory: '512Mi' },
};

const probes = (port: string) => ({
  // Slow first start (migrations already ran in the Job; connections, certificates).
  startupProbe: {
    httpGet: { path: '/health/live', port },
    periodSeconds: 2,
    failureThreshold: 60,
  },
  livenessProbe: {
    httpGet: { path: '/health/live', port },
    periodSeconds: 10,
    timeoutSeconds: 2,
    failureThreshold: 3,
  },
  readinessProbe: {
    httpGet: { path: '/health/ready', port },
    periodSeconds: 5,
    timeoutSeconds: 3,
    failureThreshold: 2,
  },
});

/**
 * Traces (off unless OTEL_TRACES_EXPORTER names an exporter, see the ConfigMap): the app's name and
 * its pod on every span, so a trace shows which replica served each step.
 */
const tracingEnv = (app: string): Obj[] => [
  { name: 'OTEL_SERVICE_NAME', value: app },
  { name: 'K8S_POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
  { name: 'K8S_NAMESPACE_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
  {
    name: 'OTEL_RESOURCE_ATTRIBUTES',
    value: 'k8s.pod.name=$(K8S_POD_NAME),k8s.namespace.name=$(K8S_NAMESPACE_NAME)',
  },
];

function serviceEnv(s: ServiceApp, migrations: 'skip' | 'only'): Obj[] {
  return [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'HOST', value: '0.0.0.0' },
    { name: 'GRPC_URL', value: `0.0.0.0:${s.grpcPort}` },
    { name: 'PORT', value: String(s.grpcPort + OPERATIONS_PORT_OFFSET) },
    { name: 'GRPC_TLS_DIR', value: '/tls' },
    // The Job ran the migrations before the rollout; the replicas do not race to run them.
    { name: 'MIGRATIONS', value: migrations },
    {
      name: 'DATABASE_PASSWORD',
      valueFrom: { secretKeyRef: { name: DB_SECRET, key: s.app } },
    },
    {
      name: 'DATABASE_URL',
      value: `mysql://${dbUser(s)}:$(DATABASE_PASSWORD)@${MARIADB_PRIMARY}:3306/${s.database}`,
    },
    // The operator's default user: `connection_string` is amqp://user:pass@rabbitmq.<ns>.svc:5672/
    {
      name: 'RABBITMQ_URL',
      valueFrom: {
        secretKeyRef: { name: `${RABBITMQ}-default-user`, key: 'connection_string' },
      },
    },
    ...serviceUrlEnv(s.calls),
    ...tracingEnv(s.app),
  ];
}

function envFrom(app: string) {
  return [
    { configMapRef: { name: 'nestmall-config' } },
    { secretRef: { name: envSecret(app), optional: true } },
  ];
}

const volumes = (app: string) => [
  { name: 'tls', secret: { secretName: tlsSecret(app), defaultMode: 0o440 } },
  { name: 'tmp', emptyDir: {} },
];
const volumeMounts = [
  { name: 'tls', mountPath: '/tls', readOnly: true },
  { name: 'tmp', mountPath: '/tmp' },
];

function deployment(
  app: string,
  component: string,
  replicas: number,
  container: Obj,
  extraVolumes: Obj[] = [],
): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app, labels: labels(app, component) },
    spec: {
      replicas,
      revisionHistoryLimit: 3,
      selector: { matchLabels: selector(app) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: labels(app, component),
          annotations: {
            'prometheus.io/scrape': 'true',
            'prometheus.io/path': '/metrics',
          },
        },
        spec: {
          automountServiceAccountToken: false,
          securityContext: podSecurityContext,
          // SIGTERM: readiness turns false, in-flight calls and messages finish (docs/operations.md).
          terminationGracePeriodSeconds: 30,
          // Spread an app's pods over the zones and the nodes (a preference, not a rule).
          topologySpreadConstraints: ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map(
            (topologyKey) => ({
              maxSkew: 1,
              topologyKey,
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selector(app) },
            }),
          ),
          containers: [
            {
              image: IMAGE,
              imagePullPolicy: 'IfNotPresent',
              securityContext,
              resources,
              ...container,
            },
          ],
          volumes: [...volumes(app), ...extraVolumes],
        },
      },
    },
  };
}

/** Keys of the issuers of access tokens, shared by their replicas (read-only Secret). */
function signingKeys(s: ServiceApp): { env: Obj[]; mounts: Obj[]; volumes: Obj[] } {
  const keys = s.contexts.includes('users')
    ? { variable: 'JWT_KEYS_DIR', secret: 'nestmall-user-jwt-keys' }
    : s.contexts.includes('admin')
      ? { variable: 'ADMIN_KEYS_DIR', secret: 'nestmall-admin-jwt-keys' }
      : null;
  if (!keys) return { env: [], mounts: [], volumes: [] };
  return {
    env: [{ name: keys.variable, value: '/keys' }],
    mounts: [{ name: 'signing-keys', mountPath: '/keys', readOnly: true }],
    volumes: [{ name: 'signing-keys', secret: { secretName: keys.secret, defaultMode: 0o440 } }],
  };
}

function serviceDeployment(s: ServiceApp): Obj {
  const keys = signingKeys(s);
  return deployment(
    s.app,
    'service',
    s.replicas,
    {
      name: s.app,
      command: ['node', `dist/apps/${s.app}/src/main.js`],
      ports: [
        { name: 'grpc', containerPort: s.grpcPort },
        { name: 'http', containerPort: s.grpcPort + OPERATIONS_PORT_OFFSET },
      ],
      env: [...serviceEnv(s, 'skip'), ...keys.env],
      envFrom: envFrom(s.app),
      ...probes('http'),
      volumeMounts: [...volumeMounts, ...keys.mounts],
    },
    keys.volumes,
  );
}

function migrationJob(s: ServiceApp): Obj {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: `${s.app}-migrate`,
      labels: labels(s.app, 'migration'),
      // Argo CD and Helm-style tools run it before the Deployments; with kubectl, see docs/deploy.md.
      annotations: {
        'argocd.argoproj.io/hook': 'PreSync',
        'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
      },
    },
    spec: {
      backoffLimit: 4,
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 86_400,
      template: {
        metadata: { labels: labels(s.app, 'migration') },
        spec: {
          restartPolicy: 'OnFailure',
          automountServiceAccountToken: false,
          securityContext: podSecurityContext,
          containers: [
            {
              name: 'migrate',
              image: IMAGE,
              imagePullPolicy: 'IfNotPresent',
              securityContext,
              resources,
              // MIGRATIONS=only: runs the app's migrations on its database, then exits 0.
              command: ['node', `dist/apps/${s.app}/src/main.js`],
              env: serviceEnv(s, 'only'),
              envFrom: envFrom(s.app),
              volumeMounts,
            },
          ],
          volumes: volumes(s.app),
        },
      },
    },
  };
}

function headlessService(s: ServiceApp): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.app, labels: labels(s.app, 'service') },
    spec: {
      // Headless: the name resolves to every ready pod, and the callers' gRPC channels
      // (`dns:///<app>:<port>`, round_robin) balance over them and follow the changes.
      clusterIP: 'None',
      selector: selector(s.app),
      ports: [
        { name: 'grpc', port: s.grpcPort, targetPort: 'grpc', appProtocol: 'grpc' },
        { name: 'http', port: s.grpcPort + OPERATIONS_PORT_OFFSET, targetPort: 'http' },
      ],
    },
  };
}

function autoscaler(app: string, minReplicas: number): Obj {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: app, labels: labels(app, 'autoscaler') },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app },
      minReplicas,
      maxReplicas: Math.max(minReplicas * 4, 4),
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

function disruptionBudget(app: string): Obj {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: app, labels: labels(app, 'disruption-budget') },
    // One pod at a time: never blocks a drain even at one replica, never takes two down at once.
    spec: { maxUnavailable: 1, selector: { matchLabels: selector(app) } },
  };
}

/** The apps that call a context `s` hosts (the gateway included). */
function callersOf(s: ServiceApp): string[] {
  const hosted = (context: keyof typeof CALLED_CONTEXTS) => hostOf(context).app === s.app;
  return [
    ...SERVICE_APPS.filter((c) => c.calls.some(hosted)).map((c) => c.app),
    ...(GATEWAY.calls.some(hosted) ? [GATEWAY.app] : []),
  ];
}

const DNS_EGRESS = {
  to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};
const toPods = (name: string, port: number, key = 'app.kubernetes.io/name') => ({
  to: [{ podSelector: { matchLabels: { [key]: name } } }],
  ports: [{ protocol: 'TCP', port }],
});
/** The stores every app reaches (the operators' pods carry these labels). */
const STORE_EGRESS = [
  toPods(MARIADB, 3306, 'app.kubernetes.io/instance'),
  toPods(RABBITMQ, 5672, 'app.kubernetes.io/name'),
  toPods(REDIS, 6379, 'app'),
];
/**
 * Outside the cluster (not a private range): the payment providers (payment-service) and the
 * SMTP and SMS providers (verification-service), the carrier, identity and moderation providers
 * (thirdparty-service), which the topology's `calls` do not list.
 */
const EXTERNAL_EGRESS = {
  to: [
    {
      ipBlock: {
        cidr: '0.0.0.0/0',
        except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
      },
    },
  ],
};
const CALLS_OUTSIDE: readonly string[] = ['payment', 'verification', 'thirdparty'];

/** Prometheus, in a namespace labelled for it, scrapes /metrics. */
const MONITORING = {
  namespaceSelector: { matchLabels: { 'nestmall.io/monitoring': 'true' } },
};
/** The OpenTelemetry collector, in the same labelled namespace, takes OTLP over HTTP. */
const OTLP_PORT = 4318;
const COLLECTOR_EGRESS = {
  to: [structuredClone(MONITORING)], // a copy: YAML would otherwise write an alias
  ports: [{ protocol: 'TCP', port: OTLP_PORT }],
};

function networkPolicy(s: ServiceApp): Obj {
  const calls = [...new Set(s.calls.map((c) => hostOf(c)))];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: s.app, labels: labels(s.app, 'network-policy') },
    spec: {
      podSelector: { matchLabels: selector(s.app) },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        // gRPC only from the apps the topology says call it.
        ...(callersOf(s).length
          ? [
              {
                from: callersOf(s).map((app) => ({
                  podSelector: { matchLabels: selector(app) },
                })),
                ports: [{ protocol: 'TCP', port: s.grpcPort }],
              },
            ]
          : []),
        // A public HTTP port (the IM's WebSocket) from anywhere, as the gateway's; else only
        // Prometheus scrapes it.
        s.publicHttp
          ? { ports: [{ protocol: 'TCP', port: s.grpcPort + OPERATIONS_PORT_OFFSET }] }
          : {
              from: [MONITORING],
              ports: [{ protocol: 'TCP', port: s.grpcPort + OPERATIONS_PORT_OFFSET }],
            },
      ],
      egress: [
        DNS_EGRESS,
        ...STORE_EGRESS,
        ...calls.map((host) => toPods(host.app, host.grpcPort)),
        ...(s.contexts.some((c) => CALLS_OUTSIDE.includes(c)) ? [EXTERNAL_EGRESS] : []),
        COLLECTOR_EGRESS,
      ],
    },
  };
}

function gatewayObjects(): Obj[] {
  const app = GATEWAY.app;
  const gateway = deployment(app, 'gateway', 2, {
    name: app,
    command: ['node', `dist/apps/${app}/src/main.js`],
    ports: [{ name: 'http', containerPort: GATEWAY_TARGET_PORT }],
    env: [
      { name: 'NODE_ENV', value: 'production' },
      { name: 'HOST', value: '0.0.0.0' },
      { name: 'PORT', value: String(GATEWAY_TARGET_PORT) },
      // One process a pod (its CPU limit is 1): the HorizontalPodAutoscaler adds pods instead.
      { name: 'WEB_CONCURRENCY', value: '1' },
      { name: 'GRPC_TLS_DIR', value: '/tls' },
      ...serviceUrlEnv(GATEWAY.calls),
      ...tracingEnv(app),
    ],
    envFrom: envFrom(app),
    ...probes('http'),
    volumeMounts,
  });
  const calls = [...new Set(GATEWAY.calls.map((c) => hostOf(c)))];
  return [
    gateway,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: app, labels: labels(app, 'gateway') },
      spec: {
        selector: selector(app),
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    },
    autoscaler(app, 2),
    disruptionBudget(app),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: app, labels: labels(app, 'network-policy') },
      spec: {
        podSelector: { matchLabels: selector(app) },
        policyTypes: ['Ingress', 'Egress'],
        // The REST edge: from anywhere (the ingress controller), on its HTTP port only.
        ingress: [{ ports: [{ protocol: 'TCP', port: GATEWAY_TARGET_PORT }] }],
        egress: [
          DNS_EGRESS,
          toPods(REDIS, 6379, 'app'),
          ...calls.map((host) => toPods(host.app, host.grpcPort)),
          COLLECTOR_EGRESS,
        ],
      },
    },
  ];
}

/** Every nestmall app pod: nothing reaches it or leaves it unless a policy above allows it. */
const DEFAULT_DENY: Obj = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'nestmall-default-deny', labels: { 'app.kubernetes.io/part-of': PART_OF } },
  spec: {
    podSelector: { matchLabels: { 'app.kubernetes.io/part-of': PART_OF } },
    policyTypes: ['Ingress', 'Egress'],
  },
};

function statefulObjects(): Obj[] {
  return [
    {
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'RabbitmqCluster',
      metadata: { name: RABBITMQ, labels: { 'app.kubernetes.io/part-of': PART_OF } },
      spec: {
        // Three nodes: the consumers' quorum queues (RABBITMQ_QUEUE_TYPE=quorum) survive one.
        replicas: 3,
        image: 'rabbitmq:3.13-management',
        resources: {
          requests: { cpu: '500m', memory: '1Gi' },
          limits: { cpu: '1', memory: '1Gi' },
        },
        persistence: { storage: '10Gi' },
        rabbitmq: {
          additionalConfig: 'cluster_partition_handling = pause_minority\n',
        },
      },
    },
    {
      apiVersion: 'k8s.mariadb.com/v1alpha1',
      kind: 'MariaDB',
      metadata: { name: MARIADB, labels: { 'app.kubernetes.io/part-of': PART_OF } },
      spec: {
        image: 'mariadb:10.11',
        rootPasswordSecretKeyRef: { name: 'mariadb-root', key: 'password' },
        storage: { size: '20Gi' },
        // One primary (writes, the `mariadb-primary` Service the apps use) and two replicas,
        // semi-synchronous, with automatic failover by the operator.
        replicas: 3,
        replication: {
          enabled: true,
          primary: { autoFailover: true },
          replica: {
            replPasswordSecretKeyRef: { name: 'mariadb-root', key: 'replication-password' },
          },
        },
        resources: {
          requests: { cpu: '500m', memory: '1Gi' },
          limits: { memory: '2Gi' },
        },
        metrics: { enabled: false },
      },
    },
    ...SERVICE_APPS.flatMap((s) => [
      {
        apiVersion: 'k8s.mariadb.com/v1alpha1',
        kind: 'Database',
        metadata: { name: k8sName(s.database), labels: labels(s.app, 'database') },
        spec: {
          name: s.database,
          mariaDbRef: { name: MARIADB },
          characterSet: 'utf8mb4',
          collate: 'utf8mb4_unicode_ci',
          cleanupPolicy: 'Skip',
        },
      },
      {
        apiVersion: 'k8s.mariadb.com/v1alpha1',
        kind: 'User',
        metadata: { name: dbUser(s), labels: labels(s.app, 'database') },
        spec: {
          mariaDbRef: { name: MARIADB },
          passwordSecretKeyRef: { name: DB_SECRET, key: s.app },
          maxUserConnections: 50,
          host: '%',
          cleanupPolicy: 'Skip',
        },
      },
      {
        apiVersion: 'k8s.mariadb.com/v1alpha1',
        kind: 'Grant',
        metadata: { name: dbUser(s), labels: labels(s.app, 'database') },
        spec: {
          mariaDbRef: { name: MARIADB },
          // Its own database only (the migrations create and alter its tables).
          privileges: ['ALL PRIVILEGES'],
          database: s.database,
          table: '*',
          username: dbUser(s),
          host: '%',
          cleanupPolicy: 'Skip',
        },
      },
    ]),
    {
      apiVersion: 'redis.redis.opstreelabs.in/v1beta2',
      kind: 'RedisReplication',
      metadata: { name: REDIS, labels: { 'app.kubernetes.io/part-of': PART_OF } },
      spec: {
        // One master (the `redis-master` Service the apps use) and two replicas.
        clusterSize: 3,
        podSecurityContext: { runAsUser: 1000, fsGroup: 1000 },
        kubernetesConfig: {
          image: 'quay.io/opstree/redis:v7.0.15',
          imagePullPolicy: 'IfNotPresent',
          resources: {
            requests: { cpu: '100m', memory: '256Mi' },
            limits: { cpu: '500m', memory: '256Mi' },
          },
        },
        storage: {
          volumeClaimTemplate: {
            spec: {
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: '2Gi' } },
            },
          },
        },
      },
    },
  ];
}

/** The variables every app shares (non-secret): the overlays change them. */
const CONFIG_LITERALS = [
  'RABBITMQ_QUEUE_TYPE=quorum',
  `REDIS_URL=redis://${REDIS}-master:6379`,
  'CACHE=redis',
  'THROTTLE_STORE=redis',
  'VERIFICATION_CODE_STORE=redis',
  'ORDER_CONSISTENCY=tcc',
  'HOT_SKU_GATE=off',
  'GRPC_LB=round_robin',
  // Clients find new pods of a headless Service when their connection ends (ReplicaPool).
  'GRPC_MAX_CONNECTION_AGE_MS=60000',
  'LOG_LEVEL=log',
  'SWAGGER=off',
  // Traces are off in the base (docs/operations.md); the production overlay turns them on. The
  // collector runs in the monitoring namespace (labelled nestmall.io/monitoring=true).
  'OTEL_TRACES_EXPORTER=none',
  `OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.monitoring.svc:${OTLP_PORT}`,
  'OTEL_TRACES_SAMPLER=parentbased_traceidratio',
  'OTEL_TRACES_SAMPLER_ARG=0.1',
];

const HEAD = `# GENERATED from libs/topology/src/topology.ts by \`npm run topology:gen\`: edit that file (or
# libs/topology/src/kubernetes.ts), not this one (a unit test fails when this file is stale).
`;

const yaml = (objects: Obj[]) =>
  HEAD + objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

/** Every file of deploy/k8s, by path under it. */
export function renderKubernetes(): Record<string, string> {
  const files: Record<string, string> = {};
  const apps: string[] = [];
  for (const s of SERVICE_APPS) {
    files[`base/apps/${s.app}.yaml`] = yaml([
      serviceDeployment(s),
      headlessService(s),
      autoscaler(s.app, s.replicas),
      disruptionBudget(s.app),
      networkPolicy(s),
    ]);
    files[`base/migrations/${s.app}.yaml`] = yaml([migrationJob(s)]);
    apps.push(`apps/${s.app}.yaml`);
  }
  files['base/apps/gateway.yaml'] = yaml(gatewayObjects());
  files['base/network-policies.yaml'] = yaml([DEFAULT_DENY]);
  files['base/stateful.yaml'] = yaml(statefulObjects());
  files['base/kustomization.yaml'] = yaml([
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [
        'stateful.yaml',
        'network-policies.yaml',
        ...SERVICE_APPS.map((s) => `migrations/${s.app}.yaml`),
        ...apps,
        'apps/gateway.yaml',
      ],
      configMapGenerator: [{ name: 'nestmall-config', literals: CONFIG_LITERALS }],
      images: [{ name: IMAGE, newName: 'registry.example.com/nestmall', newTag: 'latest' }],
    },
  ]);
  const hpaPatch = (min: number, max: number) =>
    SERVICE_APPS.map((s) => s.app)
      .concat(GATEWAY.app)
      .map((app) => ({
        target: { kind: 'HorizontalPodAutoscaler', name: app },
        patch: `- op: replace\n  path: /spec/minReplicas\n  value: ${min}\n- op: replace\n  path: /spec/maxReplicas\n  value: ${max}\n`,
      }));
  files['overlays/development/kustomization.yaml'] = yaml([
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'nestmall-dev',
      resources: ['../../base', 'namespace.yaml'],
      // Passwords from secrets.env (git-ignored; copy secrets.env.example and fill it in).
      secretGenerator: [
        {
          name: DB_SECRET,
          envs: ['secrets.env'],
          options: { disableNameSuffixHash: true },
        },
      ],
      images: [{ name: IMAGE, newName: 'nestmall', newTag: 'dev' }],
      configMapGenerator: [
        {
          name: 'nestmall-config',
          behavior: 'merge',
          literals: ['LOG_LEVEL=debug', 'SWAGGER=on'],
        },
      ],
      patches: [
        ...hpaPatch(1, 2),
        {
          target: { kind: 'Deployment' },
          patch:
            '- op: replace\n  path: /spec/replicas\n  value: 1\n' +
            '- op: replace\n  path: /spec/template/spec/containers/0/resources\n  value:\n    requests: {cpu: 50m, memory: 128Mi}\n    limits: {cpu: 500m, memory: 384Mi}\n',
        },
        // One node of each store is enough to develop against (quorum queues work on one node).
        {
          target: { kind: 'RabbitmqCluster', name: RABBITMQ },
          patch:
            '- op: replace\n  path: /spec/replicas\n  value: 1\n' +
            '- op: replace\n  path: /spec/persistence/storage\n  value: 1Gi\n',
        },
        {
          target: { kind: 'MariaDB', name: MARIADB },
          patch:
            '- op: replace\n  path: /spec/replicas\n  value: 1\n' +
            '- op: remove\n  path: /spec/replication\n' +
            '- op: replace\n  path: /spec/storage/size\n  value: 2Gi\n',
        },
        {
          target: { kind: 'RedisReplication', name: REDIS },
          patch: '- op: replace\n  path: /spec/clusterSize\n  value: 1\n',
        },
      ],
    },
  ]);
  files['overlays/development/namespace.yaml'] = yaml([
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'nestmall-dev', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    },
  ]);
  files['overlays/development/secrets.env.example'] =
    `# Copy to secrets.env (git-ignored) and set one password per service app (letters and digits:\n# it goes into DATABASE_URL). mariadb-operator creates each app's user with it.\n` +
    SERVICE_APPS.map((s) => `${s.app}=change-me-${s.app.replaceAll('-', '')}\n`).join('');
  files['overlays/production/kustomization.yaml'] = yaml([
    {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'nestmall',
      // The Secrets (nestmall-db, mariadb-root, nestmall-tls-<app>, the signing keys and
      // nestmall-<app>-env) come from the cluster's secret store, never from this repository:
      // docs/deploy.md lists them.
      resources: ['../../base', 'namespace.yaml'],
      images: [{ name: IMAGE, newName: 'registry.example.com/nestmall', newTag: '0.1.0' }],
      // Traces on, one in ten new traces sampled (a caller's sampled traceparent is followed).
      configMapGenerator: [
        { name: 'nestmall-config', behavior: 'merge', literals: ['OTEL_TRACES_EXPORTER=otlp'] },
      ],
      patches: [
        ...hpaPatch(3, 12),
        {
          target: { kind: 'Deployment' },
          patch:
            '- op: replace\n  path: /spec/replicas\n  value: 3\n' +
            '- op: replace\n  path: /spec/template/spec/containers/0/resources\n  value:\n    requests: {cpu: 250m, memory: 256Mi}\n    limits: {cpu: "2", memory: 768Mi}\n',
        },
        {
          target: { kind: 'MariaDB', name: MARIADB },
          patch: '- op: replace\n  path: /spec/storage/size\n  value: 100Gi\n',
        },
        {
          target: { kind: 'RabbitmqCluster', name: RABBITMQ },
          patch: '- op: replace\n  path: /spec/persistence/storage\n  value: 50Gi\n',
        },
      ],
    },
  ]);
  files['overlays/production/namespace.yaml'] = yaml([
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'nestmall', labels: { 'app.kubernetes.io/part-of': PART_OF } },
    },
  ]);
  return files;
}
