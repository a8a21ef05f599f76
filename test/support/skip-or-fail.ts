/**
 * Something a suite needs (a development service, a browser) is missing: a local run says so and
 * the caller skips; in CI (CI=true) that is a failure instead.
 */
export function skipOrFail(what: string, why: string, cause?: unknown): false {
  if (process.env.CI === 'true')
    throw new Error(`${why}: CI needs it, failing instead of skipping`, { cause });
  console.warn(`SKIPPING ${what}: ${why}`);
  return false;
}
