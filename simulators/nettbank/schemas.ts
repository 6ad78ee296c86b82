// Wire schema of the online bank's approval (ARCHITECTURE.md §5.4).
import { z } from 'zod';

export const approveSchema = z.strictObject({
  fromAccount: z.string().min(1).max(40),
  /** øre; default the full amount; between minAmount and amount (partial payment, §8 minimumAmount). */
  amount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
