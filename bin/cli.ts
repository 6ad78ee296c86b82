// efaktura-bench: the command-line entry point. Each command lives in bin/commands/<name>.ts.
import { Command, CommanderError } from 'commander';
import { register as registerNumbers } from './commands/numbers.ts';
import { register as registerExplain } from './commands/explain.ts';
import { register as registerStart } from './commands/start.ts';
import { register as registerValidate } from './commands/validate.ts';
import { register as registerReferenceClient } from './commands/reference-client.ts';
import { register as registerConformance } from './commands/conformance.ts';
import { register as registerSchemas } from './commands/schemas.ts';

// `efaktura-bench conformance --list | head` closes the pipe before we are done writing: stop
// quietly with the exit code so far, as Unix tools do, instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(Number(process.exitCode ?? 0));
});

const program = new Command('efaktura-bench')
  .description('Simulator and conformance bench for Norwegian eFaktura B2C and ISO 20022 remittance')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

// A process started as `efaktura-bench start` (without the in-process reference client, which
// reads XML with libxml itself) or `validate` needs libxml on no other thread, so payment files
// get their XSD check on a second core (src/iso20022/xml/off-thread-validation.ts). Tests run the
// same commands in their own processes without this hook and keep libxml on one thread.
program.hook('preAction', async (_program, command) => {
  const name = command.name();
  if (name === 'validate' || (name === 'start' && !command.opts().withReferenceClient)) {
    const { useSchemaWorker } = await import('../src/iso20022/xml/off-thread-validation.ts');
    useSchemaWorker();
  }
});

registerStart(program);
registerNumbers(program);
registerExplain(program);
registerValidate(program);
registerSchemas(program);
registerReferenceClient(program);
registerConformance(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors exit 2 (unusable input).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    console.error(`efaktura-bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
