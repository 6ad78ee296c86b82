// Wire schemas of the JTTA register (ARCHITECTURE.md §5.2). Strict: an unknown field is a 400
// naming it, so a typo ("nationalID") never passes silently.
import { z } from 'zod';

export const addressSchema = z.strictObject({
  street: z.string().trim().min(1).max(200),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as NO')
    .default('NO'),
});

export const personSchema = z.strictObject({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  addresses: z.array(addressSchema).max(10).default([]),
  emails: z.array(z.string().max(254)).max(10).default([]),
  mobiles: z.array(z.string().max(40)).max(10).default([]),
});

export const legacyAgreementSchema = z.strictObject({
  efakturaReference: z.string().max(200),
});
