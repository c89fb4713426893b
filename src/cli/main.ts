import { Command, CommanderError } from 'commander';
import { jsonSchema } from '../schema/json-schema.js';
import { normalizeCommand } from './normalize.js';
import pkg from '../../package.json';

const program = new Command()
  .name('vanban')
  .description('Turn Vietnamese administrative documents of BHXH into typed, validated JSON')
  .version(pkg.version)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('normalize')
  .description('parse files, folders or globs into one JSON file each')
  .argument('<inputs...>', 'files, folders or globs')
  .requiredOption('-o, --out <dir>', 'folder for the JSON files')
  .action(async (inputs: string[], opts: { out: string }) => {
    const { exitCode } = await normalizeCommand(inputs, { out: opts.out, log: (line) => process.stderr.write(`${line}\n`) });
    process.exitCode = exitCode;
  });

program
  .command('schema')
  .description('print the JSON Schema of the output')
  .action(() => {
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with code 0; bad usage with code 2
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`vanban: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
