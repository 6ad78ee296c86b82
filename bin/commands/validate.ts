// `efaktura-bench validate <file.xml>`: the pain.002 the bank would answer a pain.001 with, and
// each finding explained from the catalogue. The work is in validate-file.ts.
import type { Command } from 'commander';
import type { ValidateOptions } from './validate-file.ts';

export function register(program: Command): void {
  program
    .command('validate')
    .description('show the pain.002 a pain.001 would get from the bank, with each finding explained')
    .argument('<file>', 'the pain.001 file (.001.03 or .001.09)')
    .option('--agreement <file>', 'JSON agreement to check under (default: derived from the file)')
    .option('--schemas <dir>', 'directory holding the ISO 20022 XSDs')
    .option('--approved-by <ids>', 'RGB approvers, as in the X-Approved-By header (ola,kari)')
    .option('--now <instant>', 'the bank clock, ISO 8601 (default: now)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: ValidateOptions) => {
      // Loaded here, not at the top: the bank's rule pass and the pain.002 writer are most of what
      // the CLI would otherwise load for every command.
      const { validate } = await import('./validate-file.ts');
      await validate(file, options);
    });
}
