import { SayHello } from './say-hello.js';

describe('SayHello', () => {
  it('greets by name, as the course does', () => {
    expect(new SayHello().execute('GRPC')).toBe('Hello GRPC');
  });

  it('keeps an empty name as the course would', () => {
    expect(new SayHello().execute('')).toBe('Hello ');
  });
});
