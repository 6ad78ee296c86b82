// The express transport: hands each request to the bench with its body read straight from the
// socket (no web streams: see fast-body.ts), and writes the answer back. A fault rule's reset or
// drop destroys the socket.
import express from 'express';
import type { Express, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { ConnectionFault } from './faults.ts';
import { settleResponse } from './fast-body.ts';
import { NodeHeaders } from './node-headers.ts';
import { problemBody, PROBLEM_CONTENT_TYPE } from './problem.ts';
import type { Bench, IncomingRequest } from './bench.ts';

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
    const response = await settleResponse(await bench.dispatchIncoming(toIncoming(req, res)));
    res.statusCode = response.status;
    for (const [name, value] of response.headerPairs()) res.setHeader(name, value);
    res.end(response.bodyText ?? undefined);
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

function toIncoming(req: ExpressRequest, res: ExpressResponse): IncomingRequest {
  return {
    method: req.method,
    url: new URL(`http://${req.headers.host ?? 'localhost'}${req.originalUrl}`),
    headers: new NodeHeaders(req.headers).asHeaders(),
    readBody: (limit) => readNodeBody(req, res, limit),
  };
}

/** Reads the socket up to `limit` bytes; past it, stops reading and closes after the answer. */
function readNodeBody(
  req: ExpressRequest,
  res: ExpressResponse,
  limit: number,
): Promise<string | null | 'too-large'> {
  if (req.method === 'GET' || req.method === 'HEAD') return Promise.resolve(null);
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    res.setHeader('connection', 'close');
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        res.setHeader('connection', 'close');
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size === 0 ? null : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
