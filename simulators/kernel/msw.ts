// The msw transport: the same handlers, in-process, for CI suites that run against the bench
// without a server (`import { benchHandlers } from 'efaktura-bench/msw'`).
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { ConnectionFault } from './faults.ts';
import type { Bench } from './bench.ts';

/** msw handlers that send every request under `baseUrl` through the bench. */
export function benchHandlers(bench: Bench, options: { baseUrl: string }): RequestHandler[] {
  const base = options.baseUrl.replace(/\/$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await bench.dispatch(request);
      } catch (error) {
        // A reset or dropped connection looks like a network error to the client.
        if (error instanceof ConnectionFault) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}

export { createBench } from './bench.ts';
export type { Bench } from './bench.ts';
