import { EventEmitter } from 'node:events';
import type { ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { HELLO_PROTO, PROTO_LOADER_OPTIONS } from '@nestmall/contracts';
import { addLazyReflection } from './lazy-reflection.js';

/** The services added to a server, by the first method's path. */
function register(definition: protoLoader.PackageDefinition) {
  const added = new Map<string, UntypedServiceImplementation>();
  addLazyReflection(definition, {
    addService: (service: ServiceDefinition, implementation: UntypedServiceImplementation) =>
      added.set(Object.values(service)[0].path, implementation),
  });
  return added;
}

/** A bidirectional call of one request: what the handler writes back. */
function ask(handler: unknown, request: object): unknown[] {
  const stream = Object.assign(new EventEmitter(), {
    written: [] as unknown[],
    write(message: unknown) {
      this.written.push(message);
      return true;
    },
    end() {},
  });
  (handler as (call: typeof stream) => void)(stream);
  stream.emit('data', request);
  return stream.written;
}

describe('addLazyReflection', () => {
  it('serves both reflection versions, answering from the contracts', () => {
    const added = register(protoLoader.loadSync(HELLO_PROTO.protoPath, PROTO_LOADER_OPTIONS));
    expect([...added.keys()].sort()).toEqual([
      '/grpc.reflection.v1.ServerReflection/ServerReflectionInfo',
      '/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo',
    ]);
    for (const implementation of added.values()) {
      const [answer] = ask(implementation.ServerReflectionInfo, {
        messageRequest: 'listServices',
        listServices: '*',
      }) as {
        listServicesResponse: { service: { name: string }[] };
      }[];
      const names = answer.listServicesResponse.service.map((s) => s.name);
      expect(names.filter((name) => /^\.?Hello$/.test(name))).toHaveLength(1);
    }
  });

  it('indexes the contracts on the first reflection call, not when registered', () => {
    // Descriptor bytes that do not decode: indexing them throws.
    const broken = {
      'broken.Thing': {
        format: 'Protocol Buffer 3 DescriptorProto',
        type: {},
        fileDescriptorProtos: [Buffer.from([0xff, 0xff, 0xff])],
      },
    } as unknown as protoLoader.PackageDefinition;
    const added = register(broken);
    expect(added.size).toBe(2);
    const [first] = added.values();
    expect(() =>
      ask(first.ServerReflectionInfo, { messageRequest: 'listServices', listServices: '*' }),
    ).toThrow();
  });
});
