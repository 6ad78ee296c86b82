export * from './types.ts';
export { catalogue, lookupCode, codesInFamily } from './catalogue.ts';
