// Thrown only when the bench itself is asked to do something impossible (a caller bug), never for
// bad input from a user: bad input is collected as findings (style.md §4).
export class BenchBugError extends Error {
  override readonly name = 'BenchBugError';
  constructor(message: string) {
    super(`[efaktura-bench bug] ${message}`);
  }
}
