// efaktura-bench start: every simulator on one port, one default tenant whose key is printed.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Simulator, WorldKind } from '../../simulators/kernel/types.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new InvalidArgumentError('a seed is a whole number from 0 to 4294967295');
  return seed;
}

function parseWorld(value: string): WorldKind {
  if (value !== 'demo' && value !== 'empty') throw new InvalidArgumentError('the world is "demo" or "empty"');
  return value;
}

function parseInstant(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('give an ISO 8601 time, e.g. 2026-01-12T08:00:00+01:00');
  return date;
}

export function register(program: Command): void {
  program
    .command('start')
    .description(
      'Run every simulator on one port (/sim/v1, /jtta/v1, /mps/v1, /bank/v1) and print the tenant key',
    )
    .option('--port <port>', 'port to listen on', parsePort, 7070)
    .option('--host <host>', 'host to bind', '127.0.0.1')
    .option('--api-key <key>', 'fix the default tenant key (otherwise random)')
    .option('--admin-key <key>', 'fix the server admin key (creates and deletes tenants)')
    .option('--seed <n>', 'seed for the world and every random choice (printed when not given)', parseSeed)
    .option('--world <kind>', 'demo or empty', parseWorld, 'demo')
    .option('--frozen-at <time>', 'freeze the virtual clock at this instant (CI)', parseInstant)
    .option('--with-reference-client', 'serve the reference client driver at /driver/v1 on the same port')
    .action(
      async (options: {
        port: number;
        host: string;
        apiKey?: string;
        adminKey?: string;
        seed?: number;
        world: WorldKind;
        frozenAt?: Date;
        withReferenceClient?: boolean;
      }) => {
        if (options.apiKey !== undefined && options.apiKey.length < 16) {
          throw new Error('--api-key must be at least 16 characters');
        }
        const seed = options.seed ?? Math.floor(Math.random() * 0xffffffff);
        // Loaded here, not at the top: `efaktura-bench numbers ...` must not pay for the simulators.
        const { startBenchServer } = await import('../../simulators/server.ts');
        const extraSimulators: Simulator[] = [];
        if (options.withReferenceClient) {
          const { createDriverSimulator } = await import('../../reference-client/index.ts');
          extraSimulators.push(createDriverSimulator());
        }
        const server = await startBenchServer({
          port: options.port,
          host: options.host,
          apiKey: options.apiKey,
          adminKey: options.adminKey,
          seed,
          world: options.world,
          frozenAt: options.frozenAt,
          extraSimulators,
        }).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE')
            throw new Error(
              `port ${options.port} is in use: pass --port <another> (or --port 0 for a free one)`,
            );
          throw error;
        });
        const lines = [
          `efaktura-bench listening on ${server.url}`,
          `  tenant key  ${server.tenant.apiKey}`,
          `  admin key   ${server.bench.adminKey}`,
          `  seed        ${seed}${options.seed === undefined ? ' (replay with --seed ' + seed + ')' : ''}`,
          `  world       ${options.world}`,
          `  clock       ${server.tenant.clock.now().toISOString()}${server.tenant.clock.isFrozen() ? ' (frozen)' : ''}`,
          `  try         curl -H "Authorization: Bearer ${server.tenant.apiKey}" ${server.url}/sim/v1/clock`,
        ];
        if (options.withReferenceClient) lines.push(`  driver      ${server.url}/driver/v1 (tenant key)`);
        console.log(lines.join('\n'));
        const stop = (): void => {
          void server.close().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}
