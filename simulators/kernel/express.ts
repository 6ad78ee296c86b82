// The express transport: turns each incoming request into a fetch Request, hands it to the bench,
// and writes the fetch Response back. A fault rule's reset or drop destroys the socket.
import { Readable } from 'node:stream';
import express from 'express';
import type { Express, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { ConnectionFault } from './faults.ts';
import { problemBody, PROBLEM_CONTENT_TYPE } from './problem.ts';
import type { Bench } from './bench.ts';

export function createExpressApp(bench: Bench): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req, res) => {
    void forward(bench, req, res);
  });
  return app;
}

async function forward(bench: Bench, req: ExpressRequest, res: ExpressResponse): Promise<void> {
  try {
    const response = await bench.dispatch(toFetchRequest(req));
    res.status(response.status);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    res.end(body);
  } catch (error) {
    if (error instanceof ConnectionFault) {
      req.socket.destroy();
      return;
    }
    console.error('[efaktura-bench] transport error:', error);
    if (!res.headersSent) {
      res.status(500).setHeader('content-type', PROBLEM_CONTENT_TYPE);
      res.end(
        JSON.stringify(
          problemBody(
            500,
            'EB-INTERNAL',
            'The bench failed on this request: this is a bug in efaktura-bench.',
          ),
        ),
      );
    } else {
      res.destroy();
    }
  }
}

function toFetchRequest(req: ExpressRequest): Request {
  const host = req.headers.host ?? 'localhost';
  const url = `http://${host}${req.originalUrl}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}
