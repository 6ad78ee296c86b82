// The driver contract /driver/v1 (ARCHITECTURE.md §5.6) that the conformance suite drives a system
// under test through, served by the reference client. The §5.6 paths and fields are fixed; the
// extra paths (GET /invoices, /payables, /customers, /log, /config, POST /sync) are additions.
import { json, parseWith, readJson } from '../../simulators/kernel/http.ts';
import { ProblemError } from '../../simulators/kernel/problem.ts';
import type { ReferenceClient } from '../reference-client.ts';
import type { DecisionArea } from '../decision-log.ts';
import {
  PATH_ID,
  billingRunSchema,
  customerSchema,
  logQuerySchema,
  payableSchema,
  paymentRunSchema,
  subscriptionSchema,
} from './schemas.ts';

/** What the routes need from whoever hosts them (the bench's driver simulator, or the standalone server). */
export interface DriverHost {
  client(): Promise<ReferenceClient>;
  /** POST /reset: forget everything; with a config body, rewire to it. */
  reset(body: unknown): Promise<ReferenceClient>;
}

export interface DriverRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  handle(request: Request, params: Record<string, string>, url: URL, host: DriverHost): Promise<Response>;
}

function id(params: Record<string, string>, name: string): string {
  const value = params[name] ?? '';
  if (!PATH_ID.test(value)) {
    throw new ProblemError(
      400,
      'EB-INVALID-BODY',
      `The path parameter ${name} "${value}" must be 1–64 letters, digits or . _ : -.`,
      {
        errors: [{ path: name, message: 'invalid id' }],
      },
    );
  }
  return value;
}

async function noBody(request: Request): Promise<void> {
  // Bodyless POSTs accept an empty body or {}.
  await request.text();
}

export const driverRoutes: DriverRoute[] = [
  {
    method: 'POST',
    path: '/reset',
    handle: async (request, _params, _url, host) => {
      const text = await request.text();
      let body: unknown;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new ProblemError(
            400,
            'EB-INVALID-JSON',
            `The body is not valid JSON: ${(error as Error).message}`,
          );
        }
      }
      const client = await host.reset(body);
      return json({ reset: true, settings: client.settingsView() });
    },
  },
  {
    method: 'PUT',
    path: '/customers/:customerNumber',
    handle: async (request, params, _url, host) => {
      const customerNumber = id(params, 'customerNumber');
      const body = await readJson(request, customerSchema);
      const client = await host.client();
      const { created } = await client.putCustomer(customerNumber, body);
      return json({ customerNumber, ...body }, created ? 201 : 200);
    },
  },
  {
    method: 'GET',
    path: '/customers',
    handle: async (_request, _params, _url, host) =>
      json({ customers: await (await host.client()).customers() }),
  },
  {
    method: 'PUT',
    path: '/subscriptions/:id',
    handle: async (request, params, _url, host) => {
      const subscriptionId = id(params, 'id');
      const body = await readJson(request, subscriptionSchema);
      const { created } = await (await host.client()).putSubscription(subscriptionId, body);
      return json({ id: subscriptionId, ...body }, created ? 201 : 200);
    },
  },
  {
    method: 'POST',
    path: '/efaktura-scan',
    handle: async (request, _params, _url, host) => {
      await noBody(request);
      return json(await (await host.client()).efakturaScan());
    },
  },
  {
    method: 'POST',
    path: '/billing-runs',
    handle: async (request, _params, _url, host) => {
      const { date } = await readJson(request, billingRunSchema);
      return json(await (await host.client()).billingRun(date));
    },
  },
  {
    method: 'GET',
    path: '/invoices/:invoiceNumber',
    handle: async (_request, params, _url, host) =>
      json(await (await host.client()).getInvoice(id(params, 'invoiceNumber'))),
  },
  {
    method: 'GET',
    path: '/invoices',
    handle: async (_request, _params, _url, host) =>
      json({ invoices: await (await host.client()).listInvoices() }),
  },
  {
    method: 'POST',
    path: '/reconcile',
    handle: async (request, _params, _url, host) => {
      await noBody(request);
      return json(await (await host.client()).reconcile());
    },
  },
  {
    method: 'PUT',
    path: '/payables/:id',
    handle: async (request, params, _url, host) => {
      const payableId = id(params, 'id');
      const body = await readJson(request, payableSchema);
      const { created, payable } = await (await host.client()).putPayable(payableId, body);
      return json(payable, created ? 201 : 200);
    },
  },
  {
    method: 'GET',
    path: '/payables/:id',
    handle: async (_request, params, _url, host) =>
      json(await (await host.client()).getPayable(id(params, 'id'))),
  },
  {
    method: 'GET',
    path: '/payables',
    handle: async (_request, _params, _url, host) =>
      json({ payables: await (await host.client()).listPayables() }),
  },
  {
    method: 'POST',
    path: '/payment-runs',
    handle: async (request, _params, _url, host) => {
      const { date, approvers } = await readJson(request, paymentRunSchema);
      return json(await (await host.client()).paymentRun(date, approvers));
    },
  },
  {
    method: 'POST',
    path: '/sync',
    handle: async (request, _params, _url, host) => {
      await noBody(request);
      await (await host.client()).sync();
      return json({ synced: true });
    },
  },
  {
    method: 'GET',
    path: '/log',
    handle: async (_request, _params, url, host) => {
      const query = parseWith(logQuerySchema, Object.fromEntries(url.searchParams));
      const client = await host.client();
      const entries = client.log.list({
        since: query.since,
        area: query.area as DecisionArea | undefined,
        limit: query.limit,
      });
      return json({ entries, next: entries.at(-1)?.seq ?? query.since ?? 0 });
    },
  },
  {
    method: 'GET',
    path: '/config',
    handle: async (_request, _params, _url, host) => json((await host.client()).settingsView()),
  },
];
