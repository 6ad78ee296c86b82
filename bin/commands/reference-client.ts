// efaktura-bench reference-client: the reference eFaktura issuer and payment client on its own
// port, serving the driver contract /driver/v1 next to a bench running anywhere, and printing
// every decision it makes with its reason.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { isMutantName, MUTANT_DESCRIPTIONS, MUTANTS } from '../../reference-client/mutants.ts';
import type { MutantName } from '../../reference-client/mutants.ts';
import type { ReferenceClientConfig } from '../../reference-client/index.ts';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseMutant(value: string): MutantName {
  if (!isMutantName(value)) throw new InvalidArgumentError(`unknown mutant; one of: ${MUTANTS.join(', ')}`);
  return value;
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new InvalidArgumentError('give a number of seconds above 0');
  return seconds;
}

interface Options {
  bench: string;
  port: number;
  host: string;
  config?: string;
  tenantKey?: string;
  mutant?: MutantName;
  pollInterval?: number;
  quiet?: boolean;
  listMutants?: boolean;
}

export function register(program: Command): void {
  program
    .command('reference-client')
    .description(
      'Run the reference eFaktura issuer and payment client, serving the driver contract /driver/v1',
    )
    .option('--bench <url>', 'base URL of the bench', 'http://127.0.0.1:7070')
    .option('--port <port>', 'port to serve /driver/v1 on (0: a free one)', parsePort, 7071)
    .option('--host <host>', 'host to bind', '127.0.0.1')
    .option(
      '--config <file>',
      'JSON configuration (issuer, bank agreement, approvers, fallback delay); see reference-client/README.md',
    )
    .option(
      '--tenant-key <key>',
      'the tenant key: wires the client from the demo world when no --config is given, and reads the virtual clock',
    )
    .option('--mutant <name>', 'run one deliberately faulty variant (see --list-mutants)', parseMutant)
    .option(
      '--poll-interval <seconds>',
      'also poll shipment and payment status in the background',
      parseSeconds,
    )
    .option('--quiet', 'do not print every decision')
    .option('--list-mutants', 'print the mutant names and what each one does wrong, then exit')
    .action(async (options: Options) => {
      if (options.listMutants) {
        for (const mutant of MUTANTS) console.log(`${mutant.padEnd(28)} ${MUTANT_DESCRIPTIONS[mutant]}`);
        return;
      }
      // Loaded here, not at the top: the client reads XML with libxmljs2, which loads in one thread
      // per process only, and `validate` or `start` in the same CLI must be free to give libxml to
      // the schema worker (src/iso20022/xml/off-thread-validation.ts, test cli-imports.test.ts).
      const { configFromDemoWorld, formatDecision, loadConfig, startReferenceClient } =
        await import('../../reference-client/index.ts');
      const { BenchError } = await import('../../reference-client/bench-client.ts');
      const bench = options.bench.replace(/\/+$/, '');
      let config: ReferenceClientConfig;
      let rewire: (() => Promise<ReferenceClientConfig>) | undefined;
      if (options.config) {
        config = loadConfig({
          config: options.config,
          bench,
          tenantKey: options.tenantKey,
          mutant: options.mutant,
        });
      } else if (options.tenantKey) {
        const tenantKey = options.tenantKey;
        rewire = () => configFromDemoWorld(bench, tenantKey);
        config = await rewire().catch((error: unknown) => {
          // The bench client answers "no answer" (status 0) when the connection failed.
          throw new Error(
            error instanceof BenchError && error.status === 0
              ? `no bench answers at ${bench}: start it with "efaktura-bench start --world demo" or pass --bench <url>`
              : (error as Error).message,
          );
        });
      } else {
        throw new Error(
          "give --config <file>, or --tenant-key <key> to wire the client from the bench's demo world",
        );
      }
      const running = await startReferenceClient({
        config,
        port: options.port,
        host: options.host,
        mutant: options.mutant,
        rewire,
        pollIntervalMs: options.pollInterval ? options.pollInterval * 1000 : undefined,
        onDecision: options.quiet ? undefined : (decision) => console.log(formatDecision(decision)),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE')
          throw new Error(
            `port ${options.port} is in use: pass --port <another> (or --port 0 for a free one)`,
          );
        throw error;
      });
      console.log(
        [
          `reference client listening on ${running.url}/driver/v1`,
          `  bench   ${config.benchUrl}`,
          `  wired   ${running.client().describe()}`,
          `  try     curl -X POST ${running.url}/driver/v1/efaktura-scan`,
        ].join('\n'),
      );
      const stop = (): void => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
