import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of a server (Redis, here), so a test can make that server
 * vanish (stop: connections dropped, new ones refused), come back (resume, same port) or hang
 * (stall: connections stay open, nothing is forwarded) without touching the real one.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private stalled = false;

  private constructor(
    private readonly targetPort: number,
    private readonly targetHost: string,
    public port = 0,
  ) {}

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort, targetHost);
    await proxy.listen();
    return proxy;
  }

  /** Drops every connection and refuses new ones, as if the server had stopped. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Accepts connections on the same port again. */
  resume(): Promise<void> {
    return this.listen();
  }

  /** Keeps connections open but forwards nothing (on), or forwards again (off). */
  stall(on: boolean): void {
    this.stalled = on;
    for (const socket of this.sockets) {
      if (on) socket.pause();
      else socket.resume();
    }
  }

  close(): Promise<void> {
    return this.stop();
  }

  private listen(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
        if (this.stalled) socket.pause();
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        this.port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  }
}
