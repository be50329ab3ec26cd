// A TCP proxy between the API and a real server (Redis, PostgreSQL): the harness makes the
// server unreachable and reachable again without stopping it, for the API only. The same idea
// as apps/api/test/support/tcp-proxy.ts, kept here so the bench builds on its own.
import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** The target's URL with the proxy's address and port. */
  urlFor(targetUrl: string): string;
  /** Drops every open connection and hangs up on each new one at once. */
  cut(): void;
  /** Passes connections through again. */
  restore(): void;
  /** Connections refused since the last `cut()` (a client trying to reconnect raises it). */
  readonly refusedSinceCut: number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let reachable = true;
  let refused = 0;

  const server = createServer((client) => {
    client.on('error', () => client.destroy());
    if (!reachable) {
      refused += 1;
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const dropAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };

  return {
    port,
    get refusedSinceCut() {
      return refused;
    },
    urlFor(targetUrl: string) {
      const url = new URL(targetUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut() {
      reachable = false;
      refused = 0;
      dropAll();
    },
    restore() {
      reachable = true;
    },
    close() {
      dropAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
