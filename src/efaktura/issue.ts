// What an eFaktura validator reports: a catalogue code (an MPS code such as 5003 or a bench code
// EB-EF-…), where it was found, the offending value and a message that says what to do
// (style.md: validators collect, they do not throw).

export interface EfakturaIssue {
  /** Catalogue code: `efaktura-bench explain <code>` explains it. */
  code: string;
  /** JSON path in the request, e.g. `transactions[3].kid`. */
  path: string;
  value: unknown;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: EfakturaIssue[] };

export function issue(code: string, path: string, value: unknown, message: string): EfakturaIssue {
  return { code, path, value, message };
}

export function refused<T>(...issues: EfakturaIssue[]): Outcome<T> {
  return { ok: false, issues };
}

export function accepted<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** Thrown only for a bug in the bench itself (an impossible state), never for bad input. */
export class EfakturaBenchBug extends Error {
  constructor(message: string) {
    super(`efaktura-bench bug: ${message}`);
    this.name = 'EfakturaBenchBug';
  }
}
