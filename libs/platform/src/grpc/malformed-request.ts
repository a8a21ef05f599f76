import {
  ResponderBuilder,
  ServerInterceptingCall,
  ServerListenerBuilder,
  status as GrpcStatus,
  type Server,
  type ServerInterceptor,
  type ServiceDefinition,
} from '@grpc/grpc-js';

/**
 * grpc-js answers INTERNAL when a request's bytes do not decode, and nothing between its decoder
 * and its status can change that. So every request decoder is wrapped to hand a failure on as
 * this value instead of throwing, and `refuseMalformedRequests` answers it INVALID_ARGUMENT:
 * bad bytes are the caller's fault, not ours.
 */
class MalformedRequest {
  constructor(readonly reason: string) {}
}

interface MethodDefinition {
  requestDeserialize: (bytes: Buffer) => unknown;
}

function guardedDeserializer<T>(decode: (bytes: Buffer) => T): (bytes: Buffer) => T {
  return (bytes) => {
    try {
      return decode(bytes);
    } catch (error) {
      // protobufjs's messages are one line ("invalid wire type 7 at offset 3"); no stack leaves.
      const reason = String((error as Error)?.message ?? error)
        .split('\n')[0]
        .slice(0, 200);
      return new MalformedRequest(reason) as T;
    }
  };
}

/** Wraps the request decoder of every method in `service` (a proto-loader or grpc-js definition). */
export function guardRequestDecoding<S extends object>(service: S): S {
  for (const method of Object.values(service) as MethodDefinition[]) {
    if (typeof method?.requestDeserialize === 'function') {
      method.requestDeserialize = guardedDeserializer(method.requestDeserialize);
    }
  }
  return service;
}

/** `server`, whose addService guards the decoders of what is added (health, reflection). */
export function withGuardedDecoding(
  server: Pick<Server, 'addService'>,
): Pick<Server, 'addService'> {
  return {
    addService: (service: ServiceDefinition, implementation) =>
      server.addService(guardRequestDecoding({ ...service }), implementation),
  };
}

/** Ends a call whose message did not decode with INVALID_ARGUMENT, before any handler sees it. */
export const refuseMalformedRequests: ServerInterceptor = (method, call) => {
  let refused = false;
  const responder = new ResponderBuilder()
    .withStart((next) => {
      const listener = new ServerListenerBuilder()
        .withOnReceiveMessage((message, pass) => {
          if (!(message instanceof MalformedRequest)) return pass(message);
          refused = true;
          call.sendStatus({
            code: GrpcStatus.INVALID_ARGUMENT,
            details: `${method.path}: the request is not a valid protobuf message (${message.reason})`,
          });
        })
        // The handler never got a message; a half-close would make grpc-js answer INTERNAL.
        .withOnReceiveHalfClose((pass) => (refused ? undefined : pass()))
        .build();
      next(listener);
    })
    .build();
  return new ServerInterceptingCall(call, responder);
};
