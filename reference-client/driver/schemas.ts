// The driver's request bodies (ARCHITECTURE.md §5.6), validated with zod: invalid driver input is
// a 400 problem+json naming each bad field (EB-INVALID-BODY).
import { z } from 'zod';
import { isIsoDate } from '../../src/norway/calendar-date.ts';
import { validateAccountNumber } from '../../src/norway/account-number.ts';
import { validateKid } from '../../src/norway/kid.ts';
import { phoneForMatching } from '../../src/norway/mobile.ts';
import { validateNationalId } from '../../src/norway/national-id.ts';

const isoDate = z.string().refine(isIsoDate, 'must be a real date YYYY-MM-DD');

const amount = z
  .number()
  .int('must be whole øre')
  .positive('must be more than 0 øre')
  .max(100_000_000_000, 'must be at most 1,000,000,000 NOK');

const bban = z.string().superRefine((value, ctx) => {
  const result = validateAccountNumber(value);
  if (!result.valid) ctx.addIssue({ code: 'custom', message: result.message });
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const customerSchema = z.object({
  nationalId: z
    .string()
    .superRefine((value, ctx) => {
      const result = validateNationalId(value);
      if (!result.valid) ctx.addIssue({ code: 'custom', message: result.message });
    })
    .optional(),
  firstName: text(100),
  lastName: text(100),
  address: z.object({
    street: text(140),
    postalCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z -]{2,12}$/, 'must be a postal code such as 0150'),
    city: text(100),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as NO')
      .optional(),
  }),
  email: z
    .string()
    .trim()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address')
    .optional(),
  mobile: z
    .string()
    .refine((value) => phoneForMatching(value) !== null, 'must be a phone number such as +47 912 34 567')
    .optional(),
});

export const subscriptionSchema = z.object({
  customerNumber: text(35),
  amount,
  interval: z.literal('monthly'),
  startDate: isoDate,
});

export const billingRunSchema = z.object({ date: isoDate });

export const payableSchema = z
  .object({
    creditorName: text(140),
    creditorAccount: bban,
    amount,
    kid: z
      .string()
      .superRefine((value, ctx) => {
        // A KID that fails both MOD10 and MOD11 is a typing error: refuse it at entry, as an
        // AutoPay-like client does, instead of letting the bank reject it (RR09).
        const result = validateKid(value);
        if (!result.valid) ctx.addIssue({ code: 'custom', message: result.message });
      })
      .optional(),
    invoiceNumber: text(35).optional(),
    type: z.enum(['invoice', 'credit-note']),
    dueDate: isoDate,
    debtorAccount: bban.optional(),
  })
  .superRefine((payable, ctx) => {
    if (payable.type === 'invoice' && payable.kid === undefined && payable.invoiceNumber === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['kid'],
        message: 'an invoice needs a kid or an invoiceNumber to be paid',
      });
    }
    if (payable.type === 'credit-note' && payable.invoiceNumber === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['invoiceNumber'],
        message: 'a credit note needs its number: it is settled by reference (CREN), never by KID',
      });
    }
  });

export const paymentRunSchema = z.object({
  date: isoDate,
  approvers: z.array(z.string().trim().min(1).max(70)).max(10),
});

export const logQuerySchema = z.object({
  since: z.coerce.number().int().min(0).optional(),
  area: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(20_000).optional(),
});

/** Ids in paths: customer numbers, subscription and payable ids, invoice numbers. */
export const PATH_ID = /^[A-Za-z0-9._:-]{1,64}$/;
