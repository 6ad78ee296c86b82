// Seeded generators of Norwegian persons, companies and numbers (ARCHITECTURE.md §2 world/).
export * from './rng.ts';
export * from './faker.ts';
export * from './random-date.ts';
export * from './account-number.ts';
export * from './organisation-number.ts';
export * from './national-id.ts';
export * from './person.ts';
export * from './company.ts';
