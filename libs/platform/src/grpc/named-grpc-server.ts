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
 * Nest's gRPC server, whose failure to bind names the variable that set the address. grpc-js
 * prints the failure itself before it reaches us, so its logger is quiet while binding.
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
}
