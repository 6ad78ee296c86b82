// efaktura-bench as a library: the pure domain core, by area (no I/O, no clock, seeded randomness).
//   import { norway, codes } from 'efaktura-bench';
//   norway.validateKid('2345676', { algorithm: 'MOD10' });
export * as norway from './norway/index.ts';
export * as codes from './codes/index.ts';
export * as world from './world/index.ts';
export * as iso20022 from './iso20022/index.ts';
export * as efaktura from './efaktura/index.ts';
