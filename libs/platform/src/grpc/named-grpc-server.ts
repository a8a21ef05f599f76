import { setLogger } from '@grpc/grpc-js';
import { ServerGrpc, type GrpcOptions } from '@nestjs/microservices';
import { StartupError } from '../errors/startup-error.js';

const BIND_FAILURES: [RegExp, string][] = [
  [/EADDRINUSE/, 'already in use (another process listens there): stop it, or choose a free port'],
  [/EADDRNOTAVAIL/, 'not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own'],
  [/EACCES/, 'permission denied (ports below 1024 need privileges): choose a port above 1023'],
  [/ENOTFOUND|EAI_AGAIN|Name resolution failed/i, 'the host name does not resolve'],
];

/** grpc-js's "No address added out of total 1 resolved errors: [...]", said for people. */
export function grpcBindError(variable: string, url: string, error: unknown): StartupError {
  const text = String((error as Error)?.message ?? error);
  const reason = BIND_FAILURES.find(([pattern]) => pattern.test(text))?.[1] ?? text;
  return new StartupError(`${variable} ${url}: cannot listen there: ${reason}`, { cause: error });
}

/**
 * How long a closing gRPC server waits for its sessions to end before it cuts them. In-flight
 * calls finish well within it (their deadlines are seconds), but a session that never ends, such
 * as a TLS client's handshake waiting on a plaintext port, would hold tryShutdown for ever.
 */
export const GRPC_DRAIN_MS = 10_000;

/**
 * Nest's gRPC server, whose failure to bind names the variable that set the address (grpc-js
 * prints the failure itself before it reaches us, so its logger is quiet while binding), and
 * whose graceful close is bounded by GRPC_DRAIN_MS.
 */
export class NamedGrpcServer extends ServerGrpc {
  constructor(
    private readonly variable: string,
    options: GrpcOptions['options'],
  ) {
    super(options);
  }

  override async listen(
    callback: (error?: unknown, ...optionalParams: unknown[]) => void,
  ): Promise<void> {
    setLogger({ error: () => undefined, info: () => undefined, debug: () => undefined });
    await super.listen((error, ...rest) => {
      setLogger(console);
      callback(error ? grpcBindError(this.variable, this.url, error) : error, ...rest);
    });
  }

  override async close(): Promise<void> {
    const server = this.grpcClient as { forceShutdown(): void } | null;
    let timer: NodeJS.Timeout | undefined;
    const cut = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        server?.forceShutdown();
        resolve();
      }, GRPC_DRAIN_MS).unref();
    });
    try {
      await Promise.race([super.close(), cut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
