import { describe, expect, it } from 'vitest';
import { NodeHeaders } from './node-headers.ts';

describe('NodeHeaders', () => {
  const raw = {
    authorization: 'Bearer k',
    'x-b': ['1', '2'],
    'content-type': 'application/json',
    'set-cookie': ['a=1', 'b=2'],
  };

  it('reads Node header records as fetch Headers would', () => {
    const headers = new NodeHeaders(raw).asHeaders();
    const fetchHeaders = new Headers();
    for (const [name, value] of Object.entries(raw))
      for (const item of [value].flat()) fetchHeaders.append(name, item);
    for (const name of ['Authorization', 'x-b', 'CONTENT-TYPE', 'missing'])
      expect(headers.get(name)).toBe(name === 'x-b' ? '1, 2' : fetchHeaders.get(name));
    expect(headers.has('Content-Type')).toBe(true);
    expect(headers.has('missing')).toBe(false);
    expect([...headers.keys()]).toEqual(['authorization', 'content-type', 'set-cookie', 'x-b']);
    expect(headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('refuses writes loudly', () => {
    const headers = new NodeHeaders(raw).asHeaders();
    expect(() => headers.set('x', 'y')).toThrow(TypeError);
  });
});
