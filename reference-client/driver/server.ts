// The reference client's own HTTP server (`efaktura-bench reference-client`): /driver/v1 on its
// own port, next to a bench running anywhere. Plain node:http; the same routes as the in-process
// driver simulator.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { match } from 'path-to-regexp';
import { ProblemError, problem } from '../../simulators/kernel/problem.ts';
import { parseConfig } from '../config.ts';
import type { ReferenceClientConfig } from '../config.ts';
import type { Decision } from '../decision-log.ts';
import type { Fetcher } from '../bench-client.ts';
import type { MutantName } from '../mutants.ts';
import { ReferenceClient } from '../reference-client.ts';
import { driverRoutes } from './routes.ts';
import type { DriverHost } from './routes.ts';

const PREFIX = '/driver/v1';
const MAX_BODY_BYTES = 1024 * 1024;

export interface StartReferenceClientOptions {
  config: ReferenceClientConfig;
  port?: number;
  host?: string;
  mutant?: MutantName;
  /** Re-reads the configuration on POST /reset without a body (e.g. from the demo world: keys change with the seed). */
  rewire?: () => Promise<ReferenceClientConfig>;
  /** Called for every decision (the standalone command prints them). */
  onDecision?: (decision: Decision) => void;
  /** Runs the status polling every this many ms in the background (off by default). */
  pollIntervalMs?: number;
  fetcher?: Fetcher;
}

export interface RunningReferenceClient {
  url: string;
  client(): ReferenceClient;
  close(): Promise<void>;
}

const compiled = driverRoutes.map((route) => ({
  route,
  matcher: match<Record<string, string>>(`${PREFIX}${route.path}`, { decode: decodeURIComponent }),
}));

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startReferenceClient(
  options: StartReferenceClientOptions,
): Promise<RunningReferenceClient> {
  let config = options.mutant ? { ...options.config, mutant: options.mutant } : options.config;
  const build = (): ReferenceClient => {
    const client = new ReferenceClient({
      config,
      fetcher: options.fetcher,
      mutant: options.mutant ?? config.mutant,
    });
    if (options.onDecision) client.log.onRecord(options.onDecision);
    return client;
  };
  let current = build();
  const host: DriverHost = {
    client: async () => current,
    reset: async (body) => {
      const object = (body ?? undefined) as Record<string, unknown> | undefined;
      const raw = object?.config ?? (object?.issuer ? object : undefined);
      if (raw !== undefined) {
        try {
          config = parseConfig(
            { benchUrl: config.benchUrl, tenantKey: config.tenantKey, ...(raw as Record<string, unknown>) },
            'POST /driver/v1/reset',
          );
        } catch (error) {
          throw new ProblemError(400, 'EB-INVALID-BODY', (error as Error).message);
        }
      } else if (options.rewire) {
        config = { ...(await options.rewire()), ...(options.mutant ? { mutant: options.mutant } : {}) };
      }
      current = build();
      return current;
    },
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const body = await readBody(req);
      if (body === 'too-large') {
        await send(
          res,
          problem(413, 'EB-PAYLOAD-TOO-LARGE', `The request body is larger than ${MAX_BODY_BYTES} bytes.`),
        );
        return;
      }
      const allowed: string[] = [];
      for (const { route, matcher } of compiled) {
        let result: ReturnType<typeof matcher>;
        try {
          result = matcher(url.pathname);
        } catch {
          result = false;
        }
        if (!result) continue;
        if (route.method !== req.method) {
          allowed.push(route.method);
          continue;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const request = new Request(url, {
          method: req.method,
          headers,
          body: req.method === 'GET' ? undefined : new Uint8Array(body),
        });
        try {
          await send(res, await route.handle(request, result.params, url, host));
        } catch (error) {
          if (error instanceof ProblemError) await send(res, error.toResponse(url.pathname));
          else {
            console.error('[reference-client] internal error:', error);
            await send(
              res,
              problem(
                500,
                'EB-INTERNAL',
                'The reference client failed on this request: a bug, please report it.',
              ),
            );
          }
        }
        return;
      }
      await send(
        res,
        allowed.length > 0
          ? problem(
              405,
              'EB-METHOD-NOT-ALLOWED',
              `${url.pathname} accepts ${[...new Set(allowed)].join(', ')}.`,
            )
          : problem(
              404,
              'EB-ROUTE-NOT-FOUND',
              `No endpoint ${req.method} ${url.pathname}; the driver lives under ${PREFIX}.`,
            ),
      );
    })().catch((error: unknown) => {
      console.error('[reference-client] could not answer:', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  const listenHost = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, listenHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const timer =
    options.pollIntervalMs && options.pollIntervalMs > 0
      ? setInterval(() => {
          void current.sync().catch(() => undefined);
        }, options.pollIntervalMs)
      : undefined;
  timer?.unref();
  return {
    url: `http://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`,
    client: () => current,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
