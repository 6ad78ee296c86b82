// The eFaktura network's pure domain (ARCHITECTURE.md §2 efaktura/): the JTTA register, the
// issuer search, MPS issuer agreements and shipments, and the consumer's online-bank inbox.
export * from './settings.ts';
export * from './issue.ts';
export * from './normalise.ts';
export * from './efaktura-identifier.ts';
export * from './person.ts';
export * from './key-index.ts';
export * from './register.ts';
export * from './consent.ts';
export * from './reservation.ts';
export * from './legacy-agreement.ts';
export * from './customer-keys.ts';
export * from './register-search.ts';
export * from './issuer.ts';
export * from './rejection-reason.ts';
export * from './trigger.ts';
export * from './shipment.ts';
export * from './state.ts';
export * from './shipment-intake.ts';
export * from './transaction-validation.ts';
export * from './shipment-processing.ts';
export * from './cancellation.ts';
export * from './inbox.ts';
export * from './snapshot.ts';
export * from './demo-world.ts';
export * from './demo-world-seed.ts';
