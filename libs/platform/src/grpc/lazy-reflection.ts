import type {
  Server,
  ServiceDefinition,
  UntypedHandleCall,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';

type AddService = Pick<Server, 'addService'>;

/** A service's name, from the path of its methods: `/grpc.reflection.v1.ServerReflection/…`. */
function serviceName(service: ServiceDefinition): string {
  return String(Object.values(service)[0]?.path ?? '').split('/')[1] ?? '';
}

/**
 * gRPC server reflection (both of @grpc/reflection's versions) on `server`, answering from an index
 * of `definition` built on the first reflection call rather than at start-up: the index decodes and
 * re-encodes every file descriptor of every contract, twice (v1 and v1alpha), which was a tenth of
 * the monolith's start (bench/results/profiles/startup-monolith.md) for a service that only
 * grpcurl and the like ever call. The services are registered at start all the same, from a
 * ReflectionService of nothing (cheap), each method handing its call to the real one's.
 */
export function addLazyReflection(definition: PackageDefinition, server: AddService): void {
  let handlers: Map<string, UntypedServiceImplementation> | undefined;
  const indexed = (name: string): UntypedServiceImplementation => {
    if (!handlers) {
      const built = new Map<string, UntypedServiceImplementation>();
      new ReflectionService(definition).addToServer({
        addService: (service, implementation) => built.set(serviceName(service), implementation),
      });
      handlers = built;
    }
    const implementation = handlers.get(name);
    if (!implementation) throw new Error(`@grpc/reflection no longer serves ${name}`);
    return implementation;
  };
  new ReflectionService({}).addToServer({
    addService: (service, implementation) => {
      const name = serviceName(service);
      const delegates = Object.fromEntries(
        Object.keys(implementation).map((method) => [
          method,
          ((...args: unknown[]) =>
            (indexed(name)[method] as (...a: unknown[]) => void)(...args)) as UntypedHandleCall,
        ]),
      );
      server.addService(service, delegates);
    },
  });
}
