export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/**
 * How much the apps started by the test support log: warn unless E2E_LOG_LEVEL asks for more
 * (E2E_LOG_LEVEL=log shows every request; child processes' output is then shown as it comes).
 */
export const E2E_LOG_LEVEL = process.env.E2E_LOG_LEVEL ?? 'warn';

/** What the e2e suites need of a running shop, whichever topology serves it. */
export interface ShopUnderTest {
  /** A supertest target: an in-process HTTP server, or the base URL of a separate process. */
  http: string | object;
  /** A gRPC server hosting nestmall.user.v1.UserService and the course's Hello. */
  grpcUrl: string;
  /** The X-Admin-Token its admin routes accept. */
  adminToken: string;
  /** The issuer's key directory (JWT_KEYS_DIR), so tests can sign tokens it would accept. */
  signingKeysDir: string;
  /** Collects what the shop logs from now until restore(). */
  captureLogs(): { text(): string; restore(): void };
  close(): Promise<void>;
}
