// The one catalogue: every family file contributes its entries (ARCHITECTURE.md §6).
import type { CatalogueEntry, CodeFamily } from './types.ts';
import { isoStatusCodes } from './iso-status.ts';
import { isoReasonCodes } from './iso-reason.ts';
import { bankNarrativeCodes } from './bank-narrative.ts';
import { benchKernelCodes } from './bench-kernel.ts';
import { mpsCodes } from './mps.ts';
import { benchBankCodes } from './bench-bank.ts';
import { benchEfakturaCodes } from './bench-efaktura.ts';
import { driverCodes } from './bench-driver.ts';

export const catalogue: readonly CatalogueEntry[] = [
  ...isoStatusCodes,
  ...isoReasonCodes,
  ...bankNarrativeCodes,
  ...mpsCodes,
  ...benchKernelCodes,
  ...benchBankCodes,
  ...benchEfakturaCodes,
  ...driverCodes,
];

const byCode = new Map(catalogue.map((entry) => [entry.code.toUpperCase(), entry]));

/** Finds an entry by code, case-insensitively ('ac03' finds AC03). */
export function lookupCode(code: string): CatalogueEntry | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export function codesInFamily(family: CodeFamily): CatalogueEntry[] {
  return catalogue.filter((entry) => entry.family === family);
}
