/**
 * What a missing development service (MariaDB, RabbitMQ, Redis, Python grpcio, Chromium, ...)
 * means for a suite that needs it: a local run says so and skips, with the reason; in CI
 * (CI=true) it is a failure instead, so a green CI run never hides a skipped suite.
 * Returns false so a probe can end with `return unavailable(...)`.
 */
export function unavailable(what: string, why: string, cause?: unknown): false {
  if (process.env.CI === 'true')
    throw new Error(`${why}: CI needs it, failing instead of skipping`, { cause });
  console.warn(`SKIPPING ${what}: ${why}`);
  return false;
}
