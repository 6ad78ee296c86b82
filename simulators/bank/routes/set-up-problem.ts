// Set-up issues (src/bank/set-up-issue.ts) as one problem+json: the first issue's code, every
// issue in `errors` with its path, value and message.
import { ProblemError } from '../../kernel/problem.ts';
import type { SetUpIssue } from '../../../src/bank/set-up-issue.ts';

export function throwIssues(issues: readonly SetUpIssue[], summary: string): void {
  const first = issues[0];
  if (!first) return;
  throw new ProblemError(
    400,
    first.code,
    `${summary}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    {
      errors: issues.map(({ code, path, value, message }) => ({ code, path, value, message })),
    },
  );
}
