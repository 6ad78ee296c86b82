// Runs the bench as an HTTP server on one port (ARCHITECTURE.md §3).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createExpressApp } from './kernel/express.ts';
import { createFullBench } from './index.ts';
import type { FullBenchOptions } from './index.ts';
import type { Bench } from './kernel/bench.ts';
import type { Tenant } from './kernel/types.ts';

export interface BenchServer {
  url: string;
  bench: Bench;
  tenant: Tenant;
  server: Server;
  close(): Promise<void>;
}

export async function startBenchServer(
  options: FullBenchOptions & { port?: number; host?: string } = {},
): Promise<BenchServer> {
  const { bench, tenant } = createFullBench(options);
  const app = createExpressApp(bench);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port ?? 7070, host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
    listening.once('error', reject);
  });
  // Long payment files and slow fault rules must not be cut by Node's default timeouts.
  server.requestTimeout = 10 * 60_000;
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    bench,
    tenant,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
