import { grpcBindError } from './named-grpc-server.js';

const grpcJs = (reason: string) =>
  new Error(`No address added out of total 1 resolved errors: [${reason}]`);

describe('grpcBindError', () => {
  it('names the variable and the address, and what to do about a port in use', () => {
    const error = grpcBindError(
      'GRPC_URL',
      '127.0.0.1:8001',
      grpcJs('listen EADDRINUSE: address already in use 127.0.0.1:8001'),
    );
    expect(error.message).toBe(
      'GRPC_URL 127.0.0.1:8001: cannot listen there: already in use (another process listens ' +
        'there): stop it, or choose a free port',
    );
    expect((error.cause as Error).message).toMatch(/No address added/);
  });

  it('explains an address of another machine', () => {
    const error = grpcBindError('GRPC_URL', '10.9.9.9:8001', grpcJs('listen EADDRNOTAVAIL'));
    expect(error.message).toMatch(/^GRPC_URL 10.9.9.9:8001: cannot listen there: not an address/);
  });

  it("keeps grpc-js's words for a failure it does not know", () => {
    expect(grpcBindError('GRPC_URL', 'h:1', new Error('odd')).message).toBe(
      'GRPC_URL h:1: cannot listen there: odd',
    );
  });
});
