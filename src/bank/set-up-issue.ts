// A problem found in set-up input (accounts, KID agreements, customer agreements). Validators
// collect these and never throw (style.md §4); the simulator turns them into one problem+json
// whose `code` is the first issue's and whose `errors` list all of them.

export interface SetUpIssue {
  /** A catalogue code from src/codes/bench-bank.ts (EB-BANK-…). */
  code: string;
  /** Where in the request body, e.g. `definitions[3]` or `users[1].accounts[0]`. */
  path: string;
  /** The offending value. */
  value?: unknown;
  /** What is wrong and what to do, in English. */
  message: string;
}
