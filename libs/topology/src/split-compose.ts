import {
  GATEWAY,
  OPERATIONS_PORT_OFFSET,
  SERVICE_APPS,
  serviceUrls,
  type ServiceApp,
} from './topology.js';

const HEAD = `# GENERATED from libs/topology/src/topology.ts by \`npm run topology:gen\`: edit that file, not this
# one (a unit test fails when this file is stale).
# The split topology on MariaDB, in containers:  docker compose -f docker/compose.split.yaml up --build
# Secrets come from the environment (or an .env file beside this one), never from this file:
#   MARIADB_ROOT_PASSWORD, ADMIN_TOKEN (>= 16 characters). No token secret is shared: the
#   user-service signs access tokens with its keys (the user-keys volume), the gateway and the
#   order-service fetch its public keys over gRPC.
# gRPC between the services is mutual TLS: the one-shot \`certs\` service makes a development CA and
# a certificate per app in the tls volume, which the services mount read-only. (Every service can
# read every key there, and ca.key: fine for development; in production give each service only
# ca.crt and its own pair, from a secret store, with the CA's key kept elsewhere.)
x-service: &service
  build: { context: .., dockerfile: docker/Dockerfile }
  image: nestmall
  restart: unless-stopped
  depends_on:
    mariadb: { condition: service_healthy }
    rabbitmq: { condition: service_healthy }
    certs: { condition: service_completed_successfully }
  volumes: ['tls:/tls:ro']

x-env: &env
  RABBITMQ_URL: amqp://guest:guest@rabbitmq:5672
  REDIS_URL: redis://redis:6379
  # tcc (default) | message: see docs/events.md, "ORDER_CONSISTENCY=message"
  ORDER_CONSISTENCY: \${ORDER_CONSISTENCY:-tcc}
  # memory (default) | redis | off; off | redis for the hot-SKU gate
  CACHE: \${CACHE:-memory}
  HOT_SKU_GATE: \${HOT_SKU_GATE:-off}
  # log-in and registration limits shared by the gateway and the user-service replicas
  THROTTLE_STORE: \${THROTTLE_STORE:-redis}
  # verification codes in Redis, shared by the verification-service replicas (docs/verification.md)
  VERIFICATION_CODE_STORE: \${VERIFICATION_CODE_STORE:-redis}
  LOG_LEVEL: log
  GRPC_TLS_DIR: /tls
  # Traces (docs/operations.md): off unless OTEL_TRACES_EXPORTER=otlp; with the \`tracing\` profile
  # the jaeger service below takes them (UI on http://localhost:16686). The service name is the app's.
  OTEL_TRACES_EXPORTER: \${OTEL_TRACES_EXPORTER:-none}
  OTEL_EXPORTER_OTLP_ENDPOINT: \${OTEL_EXPORTER_OTLP_ENDPOINT:-http://jaeger:4318}
  OTEL_TRACES_SAMPLER: \${OTEL_TRACES_SAMPLER:-parentbased_always_on}

services:
  mariadb:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD: \${MARIADB_ROOT_PASSWORD:?set MARIADB_ROOT_PASSWORD}
    volumes: [mariadb:/var/lib/mysql]
    healthcheck:
      test: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized']
      interval: 5s
      retries: 20

  rabbitmq:
    image: rabbitmq:3.13
    healthcheck:
      test: ['CMD', 'rabbitmq-diagnostics', '-q', 'ping']
      interval: 5s
      retries: 20

  redis:
    image: redis:7
    healthcheck:
      test: ['CMD', 'redis-cli', 'ping']
      interval: 5s
      retries: 20

  certs:
    build: { context: .., dockerfile: docker/Dockerfile }
    image: nestmall
    command: ['node', 'scripts/certs-dev.mjs']
    environment:
      GRPC_TLS_DIR: /tls
    volumes: ['tls:/tls']

  # OTEL_TRACES_EXPORTER=otlp docker compose -f docker/compose.split.yaml --profile tracing up
  jaeger:
    image: jaegertracing/jaeger:2.13.0
    profiles: [tracing]
    command: ['--set', 'receivers.otlp.protocols.http.endpoint=0.0.0.0:4318']
    ports: ['16686:16686']
`;

/** In compose each service app is one container named after it, listening on its port. */
const inCompose = (s: ServiceApp) => [`${s.app}:${s.grpcPort}`];

function envLines(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([key, value]) => `      ${key}: ${value}\n`)
    .join('');
}

/** docker/compose.split.yaml, from the topology. */
export function renderSplitCompose(): string {
  let out = HEAD;
  for (const service of SERVICE_APPS) {
    out +=
      `\n  # ${service.contexts.join(', ')}` +
      (service.consumers.length ? `; consumers: ${service.consumers.join(', ')}` : '') +
      `\n  ${service.app}:\n    <<: *service\n` +
      `    command: ['node', 'dist/apps/${service.app}/src/main.js']\n` +
      `    environment:\n      <<: *env\n` +
      envLines({
        // scripts/healthcheck.mjs asks the gRPC health service (no HTTP here)
        HEALTHCHECK: 'grpc',
        GRPC_URL: `0.0.0.0:${service.grpcPort}`,
        DATABASE_URL: `mysql://root:\${MARIADB_ROOT_PASSWORD}@mariadb:3306/${service.database}`,
        ...serviceUrls(service.calls, inCompose),
        // The back office's first admin (docs/admin.md), from the environment.
        ...(service.contexts.includes('admin')
          ? {
              ADMIN_BOOTSTRAP_EMAIL: '${ADMIN_BOOTSTRAP_EMAIL:-}',
              ADMIN_BOOTSTRAP_PASSWORD: '${ADMIN_BOOTSTRAP_PASSWORD:-}',
            }
          : {}),
      }) +
      // A public HTTP port (the IM's WebSocket) is published, as the gateway's.
      (service.publicHttp
        ? `    ports: ['${service.grpcPort + OPERATIONS_PORT_OFFSET}:${service.grpcPort + OPERATIONS_PORT_OFFSET}']\n`
        : '') +
      // The issuers of access tokens keep their signing keys (JWT_KEYS_DIR=/data/jwt-keys,
      // ADMIN_KEYS_DIR=/data/admin-jwt-keys) across restarts.
      (service.contexts.includes('users')
        ? `    volumes: ['tls:/tls:ro', 'user-keys:/data']\n`
        : service.contexts.includes('admin')
          ? `    volumes: ['tls:/tls:ro', 'admin-keys:/data']\n`
          : '');
  }
  out +=
    `\n  # the REST edge\n  ${GATEWAY.app}:\n    <<: *service\n` +
    `    command: ['node', 'dist/apps/${GATEWAY.app}/src/main.js']\n` +
    // A block list: Prettier leaves it as it is, however many apps there are.
    `    depends_on:\n${SERVICE_APPS.map((s) => `      - ${s.app}\n`).join('')}` +
    `    ports: ['${GATEWAY.httpPort}:${GATEWAY.httpPort}']\n` +
    `    environment:\n      <<: *env\n` +
    envLines({
      PORT: String(GATEWAY.httpPort),
      ADMIN_TOKEN: '${ADMIN_TOKEN:-}',
      ...serviceUrls(GATEWAY.calls, inCompose),
    });
  return `${out}\nvolumes:\n  mariadb:\n  tls:\n  user-keys:\n  admin-keys:\n`;
}
