import { describe, expect, it } from 'vitest';
import { BufferedResponse, settleResponse, textResponse, toFetchResponse } from './fast-body.ts';

describe('BufferedResponse', () => {
  it('answers as the fetch Response it stands for', async () => {
    const light = new BufferedResponse('{"a":1}', {
      status: 201,
      headers: { 'Content-Type': 'application/json', Location: '/x/1' },
    });
    const real = light.toResponse();
    expect(real).toBeInstanceOf(Response);
    expect(real.status).toBe(201);
    expect(real.headers.get('location')).toBe('/x/1');
    expect(await real.json()).toEqual({ a: 1 });
    expect(light.ok).toBe(true);
    expect(light.header('content-type')).toBe('application/json');
    expect(await light.json()).toEqual({ a: 1 });
    expect(light.bodyUsed).toBe(true);
  });

  it('keeps a header a handler set after asking for the Headers', async () => {
    const light = new BufferedResponse('x', { headers: { 'content-type': 'text/plain' } });
    light.headers.set('retry-after', '5');
    expect(light.header('Retry-After')).toBe('5');
    expect(light.headerPairs()).toContainEqual(['retry-after', '5']);
    expect(light.toResponse().headers.get('retry-after')).toBe('5');
  });

  it('passes a 204 without a body to fetch', async () => {
    const response = toFetchResponse(textResponse(null, { status: 204 }));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('settles a handler-built fetch Response by reading it once', async () => {
    const settled = await settleResponse(
      new Response('<p>hi</p>', { status: 418, headers: { 'content-type': 'text/html' } }),
    );
    expect(settled).toBeInstanceOf(BufferedResponse);
    expect([settled.status, settled.bodyText, settled.header('content-type')]).toEqual([
      418,
      '<p>hi</p>',
      'text/html',
    ]);
  });
});
