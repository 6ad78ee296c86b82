// Wire schemas of the MPS eFaktura service (ARCHITECTURE.md §5.3). Strict objects: unknown fields
// are refused with 400 EB-INVALID-BODY naming them. Optional fields also accept null. Checks that
// carry an MPS or EB-EF code (org numbers, accounts, KID set-ups, counts, recipients) are left to
// src/efaktura so the answer names the domain code, not a generic body error.
import { z } from 'zod';
import { isIsoDate } from '../../src/norway/calendar-date.ts';
import { DOCUMENT_TYPES, PAYMENT_TYPES } from '../../src/efaktura/index.ts';

/** An optional field that also accepts null (read as absent). */
function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();
}

// ATG/Kombo: shipmentId and transactionId are UUIDs, 36 characters, lower-case hex (§4.2 [C]).
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case UUID');
const isoDate = z.string().refine(isIsoDate, 'must be a real date YYYY-MM-DD');
const ore = z.number().int('must be a whole number of øre').min(0).max(Number.MAX_SAFE_INTEGER);

export const issuerSchema = z.strictObject({
  orgNumber: z.string().max(40),
  name: z.string().trim().min(1).max(100),
  accountNumber: z.string().max(40),
  kid: z.strictObject({
    algorithm: z.string().max(20),
    lengths: z.array(z.number()).max(25),
  }),
  contactEmail: z.string().max(254),
});

export const searchCustomerSchema = z.strictObject({
  customerNumber: z.string().min(1).max(100),
  nationalId: optional(z.string().max(40)),
  firstName: optional(z.string().max(100)),
  lastName: optional(z.string().max(100)),
  address: optional(
    z.strictObject({
      street: z.string().max(200),
      postalCode: z.string().max(20),
      city: optional(z.string().max(100)),
      country: optional(z.string().max(2)),
    }),
  ),
  email: optional(z.string().max(254)),
  mobile: optional(z.string().max(40)),
});

export const searchSchema = z.strictObject({
  issuerOrgNumber: z.string().max(40),
  customers: z.array(searchCustomerSchema),
});

export const transactionSchema = z.strictObject({
  transactionId: uuid,
  paymentType: z.enum(PAYMENT_TYPES),
  documentType: z.enum(DOCUMENT_TYPES),
  invoiceNumber: z.string().min(1).max(100),
  efakturaIdentifier: optional(z.string().min(1).max(100)),
  efakturaReference: optional(z.string().min(1).max(50)),
  nationalId: optional(z.string().min(1).max(40)),
  kid: optional(z.string().min(1).max(100)),
  amount: ore,
  minAmount: optional(ore),
  dueDate: isoDate,
  issuerName: optional(z.string().max(1000)),
  accountNumber: z.string().min(1).max(40),
  subject: optional(z.string().max(500)),
  avtaleGiro: optional(z.strictObject({ notifyPayer: z.boolean() })),
});

export const shipmentSchema = z.strictObject({
  shipmentId: uuid,
  issuerOrgNumber: z.string().max(40),
  transactions: z.array(transactionSchema).min(1),
});
