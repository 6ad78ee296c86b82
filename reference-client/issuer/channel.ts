// The distribution plan: eFaktura first where the customer has an agreement, then e-mail (PDF),
// then print (efaktura-b2c.md §7.4 [C]: Uni Micro S32, SendRegning S56, Maventa S19).
import { addressKey } from './customer.ts';
import type { Customer } from './customer.ts';
import type { EfakturaAgreement } from './agreement.ts';
import type { Channel } from './invoice.ts';
import type { MutantName } from '../mutants.ts';

export interface ChannelChoice {
  channel: Channel;
  reason: string;
  /** Set for eFaktura: the identifier the invoice is addressed to. */
  efakturaIdentifier?: string;
}

/** The channel when eFaktura is not possible (or failed): e-mail when known, else print. */
export function fallbackChannel(customer: Customer): Exclude<Channel, 'efaktura'> {
  return customer.email ? 'email' : 'print';
}

export function chooseChannel(
  customer: Customer,
  agreement: EfakturaAgreement | undefined,
  why: string | undefined,
  household: () => Array<{ customer: Customer; agreement: EfakturaAgreement }>,
  mutant?: MutantName,
): ChannelChoice {
  if (agreement) {
    return {
      channel: 'efaktura',
      reason: 'eFaktura agreement (JTTA)',
      efakturaIdentifier: agreement.efakturaIdentifier,
    };
  }
  // MUTANT: sends-on-behalf — bills a customer without an agreement to a household member's
  // eFaktura address. eFaktura 2.0 goes to the legal recipient only (efaktura-b2c.md §2.1).
  if (mutant === 'sends-on-behalf') {
    const key = addressKey(customer.address);
    const member = household().find((other) => addressKey(other.customer.address) === key);
    if (member) {
      return {
        channel: 'efaktura',
        reason: `on behalf of: household member ${member.customer.customerNumber}`,
        efakturaIdentifier: member.agreement.efakturaIdentifier,
      };
    }
  }
  const fallback = fallbackChannel(customer);
  const noAgreement = why ?? 'no eFaktura agreement';
  return {
    channel: fallback,
    reason:
      fallback === 'email'
        ? `${noAgreement}, channel email`
        : `${noAgreement} and no e-mail address, channel print`,
  };
}
