/** What the e2e suites need of a running shop, whichever topology serves it. */
export interface ShopUnderTest {
  /** A supertest target: an in-process HTTP server, or the base URL of a separate process. */
  http: string | object;
  /** A gRPC server hosting nestmall.user.v1.UserService and the course's Hello. */
  grpcUrl: string;
  /** Collects what the shop logs from now until restore(). */
  captureLogs(): { text(): string; restore(): void };
  close(): Promise<void>;
}
