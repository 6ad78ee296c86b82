// Turning failures into the driver's problem+json answers.
import { ProblemError } from '../../simulators/kernel/problem.ts';
import { BenchError } from '../bench-client.ts';
import { DRIVER_CODES } from '../../src/codes/bench-driver.ts';

/** A bench call an operation cannot do without failed: 502 with the bench's own answer. */
export function benchFailure(error: unknown, doing: string): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof BenchError) {
    return new ProblemError(
      502,
      DRIVER_CODES.benchError,
      `${doing}: ${error.method} ${error.path} answered ${error.status || 'nothing'} ${error.code}: ${error.detail}`,
      { benchStatus: error.status, benchCode: error.code, benchDetail: error.detail },
    );
  }
  return new ProblemError(
    502,
    DRIVER_CODES.benchError,
    `${doing}: ${(error as Error).message ?? String(error)}`,
  );
}
