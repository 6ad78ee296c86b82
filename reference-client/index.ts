// The reference client's public API (for the conformance suite, the scenarios and the CLI).
export type { ReferenceClientConfig, ConfigFlags } from './config.ts';
export { loadConfig, parseConfig, ConfigError } from './config.ts';
export { configFromDemoWorld, configFromWorld } from './demo-world.ts';
export { createDriverSimulator } from './driver/simulator.ts';
export type { DriverSimulatorOptions, DriverTransport } from './driver/simulator.ts';
export { startReferenceClient } from './driver/server.ts';
export type { StartReferenceClientOptions, RunningReferenceClient } from './driver/server.ts';
export { MUTANTS, MUTANT_DESCRIPTIONS, isMutantName } from './mutants.ts';
export type { MutantName } from './mutants.ts';
export { ReferenceClient } from './reference-client.ts';
export { DecisionLog, formatDecision } from './decision-log.ts';
export type { Decision } from './decision-log.ts';
export { driverCodes, DRIVER_CODES } from '../src/codes/bench-driver.ts';
