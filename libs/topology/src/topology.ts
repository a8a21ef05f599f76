/**
 * The split topology, declared once: which app hosts which contexts, where it listens, its
 * database, the event consumers it runs and the contexts it calls. `npm run start:split`, the test
 * and bench support and docker/compose.split.yaml (generated: `npm run topology:gen`) read it, and
 * each app takes its defaults from it. Data only: no Nest, no context code.
 */

/** A context other apps may call over gRPC, and the variable naming its replicas. */
export interface CalledContext {
  /** `host:port[@weight],...` of the replicas that serve the context. */
  urlVariable: `${string}_SERVICE_URL`;
}

/** Every context another app calls, by name (the hosts are below). */
export const CALLED_CONTEXTS = {
  users: { urlVariable: 'USER_SERVICE_URL' },
  catalog: { urlVariable: 'CATALOG_SERVICE_URL' },
  inventory: { urlVariable: 'INVENTORY_SERVICE_URL' },
  orders: { urlVariable: 'ORDER_SERVICE_URL' },
  admin: { urlVariable: 'ADMIN_SERVICE_URL' },
  verification: { urlVariable: 'VERIFICATION_SERVICE_URL' },
  cart: { urlVariable: 'CART_SERVICE_URL' },
  ranking: { urlVariable: 'RANKING_SERVICE_URL' },
  marketing: { urlVariable: 'MARKETING_SERVICE_URL' },
  payment: { urlVariable: 'PAYMENT_SERVICE_URL' },
  thirdparty: { urlVariable: 'THIRDPARTY_SERVICE_URL' },
} as const satisfies Record<string, CalledContext>;

/** 'hello' and 'im' are hosted but called by no other app (the IM's edge is its own HTTP port). */
export type ContextName = keyof typeof CALLED_CONTEXTS | 'hello' | 'im';

export interface ServiceApp {
  /** apps/<app>, dist/apps/<app>/src/main.js, `npx nest start <app>`. */
  app: string;
  contexts: readonly ContextName[];
  /** Its gRPC port on loopback in development (GRPC_URL's default). */
  grpcPort: number;
  /** How many replicas `npm run start:split` runs (one after another: the first migrates). */
  replicas: number;
  /** Its own database: mall_<x> on MySQL, ./data/<app>.sqlite on SQLite. */
  database: string;
  /** The RabbitMQ consumers it runs (CONSUMERS in libs/contracts). */
  consumers: readonly string[];
  /** The contexts it calls over gRPC. */
  calls: readonly (keyof typeof CALLED_CONTEXTS)[];
  /**
   * Its HTTP port (gRPC port + 1000) serves clients from outside too, not only health and
   * metrics: the IM's WebSocket (/im) and chat routes. Compose publishes it; Kubernetes lets any
   * client reach it, as it does the gateway's.
   */
  publicHttp?: true;
}

/** The gRPC services, in start order: an app starts after every app it calls. */
export const SERVICE_APPS: readonly ServiceApp[] = [
  {
    // Codes and their messages: the user-service calls it, so it starts first.
    app: 'verification-service',
    contexts: ['verification'],
    grpcPort: 50091,
    replicas: 1,
    database: 'mall_verification',
    consumers: ['verification.message-sender'],
    calls: [],
  },
  {
    app: 'user-service',
    contexts: ['users', 'hello'],
    grpcPort: 50051,
    replicas: 2,
    database: 'mall_user',
    consumers: [],
    // verification: registration, log-in, password reset and mobile change by code.
    calls: ['verification'],
  },
  {
    // The back office: staff accounts, their roles and the audit log (the course's admin service);
    // it audits the staff's changes in other contexts from their CatalogChanged, MarketingChanged
    // and StockChanged events.
    app: 'admin-service',
    contexts: ['admin'],
    grpcPort: 50081,
    replicas: 1,
    database: 'mall_admin',
    consumers: ['admin.audit'],
    calls: [],
  },
  {
    // The carrier, identity verification and image moderation (docs/thirdparty.md): outside
    // providers behind circuit breakers, apart from the order-service so that a slow carrier
    // holds none of its connections; the order-service calls it to ship, the inventory-service
    // (the catalog) to moderate images. It starts before both.
    app: 'thirdparty-service',
    contexts: ['thirdparty'],
    grpcPort: 50151,
    replicas: 1,
    database: 'mall_thirdparty',
    consumers: [],
    // users: the public keys that verify access tokens (identity verification is the user's).
    calls: ['users'],
  },
  {
    // Catalog and inventory together: a product's stock and its SKUs change in one place, and the
    // order-service's Try reads both.
    app: 'inventory-service',
    contexts: ['catalog', 'inventory'],
    grpcPort: 50061,
    replicas: 1,
    database: 'mall_inventory',
    consumers: ['inventory.order-requests', 'inventory.order-cancellations'],
    // admin: who a staff token belongs to, for the catalog's back-office RPCs;
    // thirdparty: image moderation of a product that is being approved.
    calls: ['admin', 'thirdparty'],
  },
  {
    // Coupons, red packets: the coupon branch of place-order, called by the order-service.
    app: 'marketing-service',
    contexts: ['marketing'],
    grpcPort: 50111,
    replicas: 1,
    database: 'mall_marketing',
    // coupon-requests: the coupon's side of the two-phase message (ORDER_CONSISTENCY=message).
    consumers: ['marketing.coupon-requests', 'marketing.order-ends'],
    // users: the public keys that verify access tokens, and whether a token's user is active;
    // admin: who a staff token belongs to, for the staff's coupons, discounts and red packets.
    calls: ['users', 'admin'],
  },
  {
    app: 'order-service',
    contexts: ['orders'],
    grpcPort: 50071,
    replicas: 1,
    database: 'mall_order',
    // orders.shipments: the carrier's tracking events (ShipmentTracked) onto the timeline.
    consumers: ['orders.stock-outcomes', 'orders.payments', 'orders.refunds', 'orders.shipments'],
    // users: the public keys that verify access tokens, and whether a token's user is active.
    // admin: who a staff token belongs to, for the staff's after-sales decisions.
    // thirdparty: the carrier's shipment of an order.
    calls: ['inventory', 'catalog', 'marketing', 'users', 'admin', 'thirdparty'],
  },
  {
    // The cart, on its own rather than in the user-service that ARCHITECTURE.md groups it with:
    // its checkout calls the order-service, which calls the user-service (token keys), so hosted
    // there it would have to start before and after the order-service; and it scales with
    // shopping, not with log-ins. Its carts live in Redis here (CART_STORE=redis by default),
    // so its database (CART_STORE=database) is usually empty.
    app: 'cart-service',
    contexts: ['cart'],
    grpcPort: 50121,
    replicas: 1,
    database: 'mall_cart',
    consumers: [],
    calls: ['catalog', 'inventory', 'orders', 'users'],
  },
  {
    // The rankings, from the order events over RabbitMQ; the catalog names a SKU's product and
    // category when an order is first heard of.
    app: 'ranking-service',
    contexts: ['ranking'],
    grpcPort: 50131,
    replicas: 1,
    database: 'mall_ranking',
    consumers: ['ranking.sku-sales', 'ranking.orders'],
    calls: ['catalog'],
  },
  {
    // Payments through the providers: it reads an order's total from the order-service (with
    // the buyer's token) and hears OrderCancelled; the orders hear its PaymentSucceeded.
    app: 'payment-service',
    contexts: ['payment'],
    grpcPort: 50101,
    replicas: 1,
    database: 'mall_payment',
    consumers: ['payment.order-ends', 'payment.provider-work'],
    calls: ['orders', 'users'],
  },
  {
    // The IM (order-status push, customer-service chat): its REST routes and its WebSocket on
    // its own HTTP port (PORT), two replicas sharing pushes over a RabbitMQ fanout exchange; it
    // hears the order events and its own chat events. The gateway does not proxy it.
    // orders: is the order the buyer's (with the buyer's token); admin: staff tokens;
    // users: the public keys that verify access tokens, and whether a token's user is active.
    app: 'im-service',
    contexts: ['im'],
    grpcPort: 50141,
    replicas: 2,
    database: 'mall_im',
    consumers: ['im.order-status', 'im.chat'],
    calls: ['orders', 'admin', 'users'],
    publicHttp: true,
  },
];

/** The REST edge: every context's HTTP routes, each context reached over gRPC. */
export const GATEWAY = {
  app: 'gateway',
  httpPort: 3000,
  calls: [
    'users',
    'catalog',
    'inventory',
    'orders',
    'admin',
    'verification',
    'cart',
    'ranking',
    'marketing',
    'payment',
    'thirdparty',
  ],
} as const satisfies {
  app: string;
  httpPort: number;
  calls: readonly (keyof typeof CALLED_CONTEXTS)[];
};

/** Every app that holds a certificate of its own (mutual TLS between them): its gRPC identity. */
export const CERTIFIED_APPS: readonly string[] = [
  'mall',
  GATEWAY.app,
  ...SERVICE_APPS.map((s) => s.app),
];

/** The service app that hosts `context`. */
export function hostOf(context: keyof typeof CALLED_CONTEXTS): ServiceApp {
  const host = SERVICE_APPS.find((s) => s.contexts.includes(context));
  if (!host) throw new Error(`no app of the split topology hosts the ${context} context`);
  return host;
}

export function serviceApp(app: string): ServiceApp {
  const found = SERVICE_APPS.find((s) => s.app === app);
  if (!found) throw new Error(`${app} is not a service app of the split topology`);
  return found;
}

/**
 * The *_SERVICE_URL settings of an app that calls `calls`, given where each service app's
 * replicas listen (`host:port` each).
 */
export function serviceUrls(
  calls: readonly (keyof typeof CALLED_CONTEXTS)[],
  addressesOf: (app: ServiceApp) => readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    calls.map((context) => [
      CALLED_CONTEXTS[context].urlVariable,
      addressesOf(hostOf(context)).join(','),
    ]),
  );
}

/**
 * A service app's HTTP port (health and metrics only) in development: its gRPC port + 1000
 * (51051, ...), the n-th replica's + n as for gRPC. Set PORT to move it.
 */
export const OPERATIONS_PORT_OFFSET = 1000;

/**
 * What every app of the split topology shares: access-token revocations reach the gateway and
 * every replica of every service over Redis (several verifiers, so not just this process's).
 */
const SPLIT_DEFAULTS = { AUTH_REVOCATIONS: 'redis' };

/** An app's defaults for one machine: its GRPC_URL, PORT, SQLite file and the loopback addresses it calls. */
export function developmentDefaults(app: string): Record<string, string> {
  const loopback = (s: ServiceApp) => [`127.0.0.1:${s.grpcPort}`];
  if (app === GATEWAY.app) return { ...SPLIT_DEFAULTS, ...serviceUrls(GATEWAY.calls, loopback) };
  const service = serviceApp(app);
  return {
    ...SPLIT_DEFAULTS,
    GRPC_URL: `127.0.0.1:${service.grpcPort}`,
    PORT: String(service.grpcPort + OPERATIONS_PORT_OFFSET),
    DATABASE_URL: `sqlite:./data/${service.app}.sqlite`,
    ...serviceUrls(service.calls, loopback),
  };
}
