import {
  ResponderBuilder,
  ServerInterceptingCall,
  ServerListenerBuilder,
  status as GrpcStatus,
  type ServerInterceptor,
} from '@grpc/grpc-js';
import { serviceIdentityOf } from './service-identity.js';

/**
 * Authentication for a whole gRPC port: a call to any method not in `publicMethods` needs a
 * client certificate that verified against our CA and names a nestmall app, else it ends
 * UNAUTHENTICATED before its message is read. Which app may call which method is decided later,
 * beside each RPC (@CallableBy). The TLS handshake itself accepts a client without a
 * certificate, so that such a caller gets this status instead of a dropped connection.
 */
export function requireClientCertificate(publicMethods: ReadonlySet<string>): ServerInterceptor {
  return (method, call) => {
    if (publicMethods.has(method.path)) return new ServerInterceptingCall(call);
    const responder = new ResponderBuilder()
      .withStart((next) => {
        const listener = new ServerListenerBuilder()
          .withOnReceiveMetadata((metadata, pass) => {
            if (serviceIdentityOf(call.getAuthContext())) return pass(metadata);
            call.sendStatus({
              code: GrpcStatus.UNAUTHENTICATED,
              details: `${method.path} needs a client certificate issued by the nestmall CA (mutual TLS)`,
            });
          })
          .build();
        next(listener);
      })
      .build();
    return new ServerInterceptingCall(call, responder);
  };
}
