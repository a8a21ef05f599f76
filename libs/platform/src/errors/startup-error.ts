/**
 * A failure to start, phrased for the person starting the app: one line that names the setting
 * to change (DATABASE_URL, GRPC_URL, PORT, ...) and what to do. runMain prints only the message;
 * the cause, with its stack, is printed at LOG_LEVEL=debug.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
